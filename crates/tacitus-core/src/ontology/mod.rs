//! Compiled-in ontology tables: CAMEO event codes, PLOVER 2.0, CAMEO actor
//! codes, and the CAMEO to PLOVER mapping. (Filled in by the ontology work.)
