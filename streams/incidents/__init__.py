"""Which incident an article belongs to, and how an incident is named."""
