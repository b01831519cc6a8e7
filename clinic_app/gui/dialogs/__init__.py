"""Workflow dialogs: each validates as you type with the domain's own parsers and calls one facade method."""
