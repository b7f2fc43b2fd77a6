"""The pure core: what a claim is and when to alert. No I/O, no Kafka, no asyncio."""
