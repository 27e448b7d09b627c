"""fit5: a fitting set on three invented documents (political platform, action plan, board minutes)."""
