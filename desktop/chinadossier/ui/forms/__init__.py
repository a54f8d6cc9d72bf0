"""Record forms: one dialog per kind of record, and the quick contact-moment dialog."""
