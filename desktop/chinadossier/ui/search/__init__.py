"""Global search (Ctrl+K): results while typing, grouped by kind of record."""
