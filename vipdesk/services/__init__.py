"""Services: small functions over a unit of work, returning plain values."""
