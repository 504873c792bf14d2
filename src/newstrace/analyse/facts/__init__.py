"""The kinds of fact compared between aligned passages, one module each (internal: the
public entry is ``analyse.entities.find_discrepancies``)."""
