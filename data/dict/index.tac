# Tacitus built-in dictionaries: the entry point that loads every file.
# Each included file names its own kind with @kind. Paths are relative to
# this file. Verb files (verbs/*.tac) and plover.tac are added by their
# owners below.

# actors
@include actors/armed-groups.tac
@include actors/countries-africa.tac
@include actors/countries-americas.tac
@include actors/countries-asia.tac
@include actors/countries-europe.tac
@include actors/countries-middle-east.tac
@include actors/countries-oceania.tac
@include actors/intelligence-and-regions.tac
@include actors/organizations.tac
@include actors/people-africa.tac
@include actors/people-americas.tac
@include actors/people-asia-pacific.tac
@include actors/people-europe.tac
@include actors/people-historical.tac
@include actors/people-international.tac
@include actors/people-middle-east.tac
@include actors/people-russia-ukraine.tac
@include actors/territories-and-subnational.tac

# agents
@include agents/government.tac
@include agents/nonstate-armed.tac
@include agents/security.tac
@include agents/society.tac

# discards
@include discards.tac

# plover rules
@include plover.tac

# verbs: one line per file of verbs/
@include verbs/01-make-statement.tac
@include verbs/02-appeal.tac
@include verbs/03-express-intent.tac
@include verbs/04-consult.tac
@include verbs/05-diplomatic-cooperation.tac
@include verbs/06-material-cooperation.tac
@include verbs/07-provide-aid.tac
@include verbs/08-yield.tac
@include verbs/09-investigate.tac
@include verbs/10-demand.tac
@include verbs/11-disapprove.tac
@include verbs/12-reject.tac
@include verbs/13-threaten.tac
@include verbs/14-protest.tac
@include verbs/15-force-posture.tac
@include verbs/16-reduce-relations.tac
@include verbs/17-coerce.tac
@include verbs/18-assault.tac
@include verbs/19-fight.tac
@include verbs/20-mass-violence.tac
