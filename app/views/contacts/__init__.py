"""File › Import contacts… and the paste into the People table."""
