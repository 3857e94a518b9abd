"""Tools that talk to Kafka from outside a worker: publish, read states, dead letters, rebuild."""
