"""The memo dialog with preview, print and save."""
