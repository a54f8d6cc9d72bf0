"""Data in and out on screen: the import wizard and the export actions (issue 10, point 7)."""
