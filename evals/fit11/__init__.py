"""fit11: a fitting set on three invented documents (a regional strategy as PDF, the protocol of a regional
annual meeting as PDF, a guide on sibling discounts and free places as Markdown)."""
