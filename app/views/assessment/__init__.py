"""The "Stages & gaps" tab and its panels."""
