"""The app's team features (issue 17): connecting to a team server, live changes from
colleagues, the history of who saved what, and read-only access. Built on
``app.services.team`` (no Qt there)."""
