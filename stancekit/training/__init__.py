"""Fine-tuning commands (``stancekit train ...``) and the one generic classifier trainer they share."""
