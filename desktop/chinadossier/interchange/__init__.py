"""Files in and out (CSV, XLSX): parsing, column mapping and writing; no database in reach."""
