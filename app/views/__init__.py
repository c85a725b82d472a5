"""Qt views: thin widgets over the service layer (app.services)."""
