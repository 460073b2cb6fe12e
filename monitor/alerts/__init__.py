"""Alert rules, the durable outbox, rendering and the email / webhook channels."""
