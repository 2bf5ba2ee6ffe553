"""Item models over the vault: sorting and filtering happen in SQL, rows arrive in pages."""
