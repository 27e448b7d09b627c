"""fit6: a fitting set on three invented documents (framework plan excerpt, election committee mandate,
Landsting minutes)."""
