"""The application facade: the one way in for the window and the command line."""
