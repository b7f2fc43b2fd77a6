"""The stream driver: the core run live on Kafka with faust-streaming (no business logic here)."""
