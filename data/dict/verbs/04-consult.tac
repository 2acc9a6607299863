# Verb and event-noun patterns for CAMEO root 04 (consult).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V041.0001   | 041  | phone dobj=$target   # discuss by telephone
V041.0002   | 041  | telephone dobj=$target
V041.0003   | 041  | ring dobj=$target
V041.0004   | 041  | phone
V041.0005   | 041  | telephone
V041.0006   | 041  | n:call prep:with=$target
V041.0007   | 041  | n:call prep:between=*
V041.0008   | 041  | hold dobj={call,conversation,videoconference,teleconference,video-conference} prep:with=$target
V041.0009   | 041  | have dobj={call,conversation,videoconference,teleconference,video-conference} prep:with=$target
V041.0010   | 041  | make dobj={call,conversation,videoconference,teleconference,video-conference} prep:with=$target
V041.0011   | 041  | speak prep:by={phone,telephone,videolink,video}
V041.0012   | 041  | talk prep:by={phone,telephone,videolink,video}
V041.0013   | 041  | confer prep:by={phone,telephone,videolink,video}
V041.0014   | 041  | speak prep:over={phone,telephone}
V041.0015   | 041  | talk prep:over={phone,telephone}
V041.0016   | 041  | confer prep:over={phone,telephone}
V041.0017   | 041  | speak prep:on={phone,telephone}
V041.0018   | 041  | talk prep:on={phone,telephone}
V041.0019   | 041  | receive dobj={call} prep:from=$target
V041.0020   | 041  | make dobj={call} prep:to=$target
V041.0021   | 041  | place dobj={call} prep:to=$target
V041.0022   | 041  | dial dobj=$target
V041.0023   | 041  | call dobj=$target prep:on={phone,telephone}
V041.0024   | 041  | take dobj={call} prep:from=$target
V041.0025   | 041  | n:conversation prep:by={phone,telephone}

V042.0001   | 042  | visit dobj=$target   # make a visit
V042.0002   | 042  | visit dobj=*
V042.0003   | 042  | travel prep:to=$target
V042.0004   | 042  | fly prep:to=$target
V042.0005   | 042  | head prep:to=$target
V042.0006   | 042  | jet prep:to=$target
V042.0007   | 042  | travel prep:to=*
V042.0008   | 042  | fly prep:to=*
V042.0009   | 042  | head prep:to=*
V042.0010   | 042  | arrive prep:in=$target
V042.0011   | 042  | arrive prep:in=*
V042.0012   | 042  | arrive prep:at=*
V042.0013   | 042  | tour dobj=*
V042.0014   | 042  | n:visit prep:to=$target
V042.0015   | 042  | n:visit prep:to=*
V042.0016   | 042  | n:trip prep:to=$target
V042.0017   | 042  | n:tour prep:of=*
V042.0018   | 042  | n:state_visit prep:to=*
V042.0019   | 042  | pay dobj={visit,trip} prep:to=$target
V042.0020   | 042  | make dobj={visit,trip} prep:to=$target
V042.0021   | 042  | pay dobj={visit,trip}
V042.0022   | 042  | make dobj={visit,trip}
V042.0023   | 042  | begin dobj={visit,tour,trip}
V042.0024   | 042  | start dobj={visit,tour,trip}
V042.0025   | 042  | conclude dobj={visit,tour,trip}
V042.0026   | 042  | wrap_up dobj={visit,tour,trip}
V042.0027   | 042  | end dobj={visit,tour,trip}
V042.0028   | 042  | cut_short dobj={visit,tour,trip}
V042.0029   | 042  | embark dobj={visit,tour,trip}
V042.0030   | 042  | embark prep:on={visit,tour,trip,mission}
V042.0031   | 042  | depart prep:for=$target
V042.0032   | 042  | leave prep:for=$target
V042.0033   | 042  | set_off prep:for=*
V042.0034   | 042  | land prep:in=$target
V042.0035   | 042  | drop_in prep:on=$target
V042.0036   | 042  | send dobj={delegation,envoy,emissary,team,mission} prep:to=$target

V043.0001   | 043  | host dobj=$target   # host a visit
V043.0002   | 043  | host dobj={visit,delegation,leader,president,minister,counterpart,delegates,guest,guests,delegations,king,premier,envoy,ceremony,signing,dinner,banquet,reception,lunch}
V043.0003   | 043  | host dobj={talks,meeting,summit,conference,consultations,round,forum}
V043.0004   | 043  | welcome dobj=$target prep:to=*
V043.0005   | 043  | welcome dobj=$target prep:in=*
V043.0006   | 043  | welcome dobj=$target prep:at=*
V043.0007   | 043  | receive dobj=$target prep:in=*
V043.0008   | 043  | receive dobj=$target prep:at=*
V043.0009   | 043  | greet dobj=$target prep:at=*
V043.0010   | 043  | play dobj={host} prep:to=$target
V043.0011   | 043  | roll_out dobj={carpet} prep:for=$target
V043.0012   | 043  | entertain dobj={delegation,guest,guests,leader,president}

V044.0001   | 044  | meet prep:on={sidelines,margins,margin,sideline}   # meet at a third location
V044.0002   | 044  | talk prep:on={sidelines,margins,margin,sideline}
V044.0003   | 044  | confer prep:on={sidelines,margins,margin,sideline}
V044.0004   | 044  | meet prep:at={summit,conference,forum,gathering}
V044.0005   | 044  | talk prep:at={summit,conference,forum,gathering}
V044.0006   | 044  | confer prep:at={summit,conference,forum,gathering}
V044.0007   | 044  | n:meeting prep:on={sidelines,margins,margin,sideline}
V044.0008   | 044  | gather prep:for={summit,conference,talks,meeting,forum}
V044.0009   | 044  | convene prep:for={summit,conference,talks,meeting,forum}
V044.0010   | 044  | assemble prep:for={summit,conference,talks,meeting,forum}
V044.0011   | 044  | hold dobj={talks,meeting} prep:on={sidelines,margins}

V045.0001   | 045  | mediate   # mediate
V045.0002   | 045  | mediate prep:between=*
V045.0003   | 045  | mediate dobj=*
V045.0004   | 045  | mediate prep:in=*
V045.0005   | 045  | broker dobj={deal,ceasefire,cease-fire,truce,agreement,talks,accord,peace,exchange,swap,settlement,compromise,arrangement,pause}
V045.0006   | 045  | broker dobj=*
V045.0007   | 045  | facilitate dobj={talks,dialogue,negotiations,exchange,swap,contacts,meeting,reconciliation}
V045.0008   | 045  | n:mediation prep:between=*
V045.0009   | 045  | n:mediation prep:by=*
V045.0010   | 045  | act prep:as={mediator,intermediary,broker,go-between,facilitator,channel,conduit}
V045.0011   | 045  | serve prep:as={mediator,intermediary,broker,go-between,facilitator,channel,conduit}
V045.0012   | 045  | host dobj={talks,negotiations,meeting,summit,round} prep:between=*
V045.0013   | 045  | shuttle prep:between=*
V045.0014   | 045  | relay dobj={message,messages,proposal,proposals,offer,demands} prep:between=*
V045.0015   | 045  | pass dobj={message,messages} prep:between=*

V046.0001   | 046  | negotiate prep:with=$target   # negotiate
V046.0002   | 046  | negotiate dobj=*
V046.0003   | 046  | negotiate
V046.0004   | 046  | negotiate dobj=* prep:with=$target
V046.0005   | 046  | bargain prep:with=$target
V046.0006   | 046  | haggle prep:with=$target
V046.0007   | 046  | bargain
V046.0008   | 046  | haggle
V046.0009   | 046  | n:negotiations prep:with=$target
V046.0010   | 046  | n:negotiation prep:with=$target
V046.0011   | 046  | n:negotiations prep:between=*
V046.0012   | 046  | n:negotiations prep:on=*
V046.0013   | 046  | n:peace_talks prep:with=$target
V046.0014   | 046  | n:peace_talks
V046.0015   | 046  | n:round prep:of={talks,negotiations,consultations,dialogue}
V046.0016   | 046  | hold dobj={negotiations,negotiation,talks,talk} prep:with=$target
V046.0017   | 046  | conduct dobj={negotiations,negotiation,talks,talk} prep:with=$target
V046.0018   | 046  | have dobj={negotiations,negotiation,talks,talk} prep:with=$target
V046.0019   | 046  | hold dobj={negotiations,negotiation,talks}
V046.0020   | 046  | conduct dobj={negotiations,negotiation,talks}
V046.0021   | 046  | have dobj={negotiations,negotiation,talks}
V046.0022   | 046  | n:talks prep:with=$target
V046.0023   | 046  | n:talk prep:with=$target
V046.0024   | 046  | n:talks prep:between=*
V046.0025   | 046  | n:talks prep:on=*
V046.0026   | 046  | n:talks prep:in=*
V046.0027   | 046  | n:talk prep:in=*
V046.0028   | 046  | enter dobj={negotiations,talks,dialogue,negotiation}
V046.0029   | 046  | open dobj={negotiations,talks,dialogue,negotiation}
V046.0030   | 046  | begin dobj={negotiations,talks,dialogue,negotiation}
V046.0031   | 046  | start dobj={negotiations,talks,dialogue,negotiation}
V046.0032   | 046  | launch dobj={negotiations,talks,dialogue,negotiation}
V046.0033   | 046  | resume dobj={negotiations,talks,dialogue,negotiation}
V046.0034   | 046  | restart dobj={negotiations,talks,dialogue,negotiation}
V046.0035   | 046  | reopen dobj={negotiations,talks,dialogue,negotiation}
V046.0036   | 046  | revive dobj={negotiations,talks,dialogue,negotiation}
V046.0037   | 046  | continue dobj={negotiations,talks,dialogue,negotiation}
V046.0038   | 046  | pursue dobj={negotiations,talks,dialogue,negotiation}
V046.0039   | 046  | enter prep:into={negotiations,talks,dialogue}
V046.0040   | 046  | hammer_out dobj={details,differences,terms,framework,text,modalities,issues,arrangements}
V046.0041   | 046  | thrash_out dobj={details,differences,terms,framework,text,modalities,issues,arrangements}
V046.0042   | 046  | work_out dobj={details,differences,terms,framework,text,modalities,issues,arrangements}
V046.0043   | 046  | sit prep:at={table}
V046.0044   | 046  | return prep:to={table,talks,negotiations}

V040.0001   | 040  | meet dobj=$target   # consult or meet
V040.0002   | 040  | meet prep:with=$target
V040.0003   | 040  | meet
V040.0004   | 040  | n:meeting prep:with=$target
V040.0005   | 040  | n:meeting prep:between=*
V040.0006   | 040  | hold dobj={meeting,meetings,consultations,consultation,discussion,discussions,summit,conference,session,dialogue,exchange} prep:with=$target
V040.0007   | 040  | have dobj={meeting,meetings,consultations,consultation,discussion,discussions,summit,conference,session,dialogue,exchange} prep:with=$target
V040.0008   | 040  | convene dobj={meeting,meetings,consultations,consultation,discussion,discussions,summit,conference,session,dialogue,exchange} prep:with=$target
V040.0009   | 040  | chair dobj={meeting,meetings,consultations,consultation,discussion,discussions,summit,conference,session,dialogue,exchange} prep:with=$target
V040.0010   | 040  | conduct dobj={meeting,meetings,consultations,consultation,discussion,discussions,summit,conference,session,dialogue,exchange} prep:with=$target
V040.0011   | 040  | hold dobj={meeting,meetings,consultations,discussion,discussions,summit,dialogue}
V040.0012   | 040  | have dobj={meeting,meetings,consultations,discussion,discussions,summit,dialogue}
V040.0013   | 040  | convene dobj={meeting,meetings,consultations,discussion,discussions,summit,dialogue}
V040.0014   | 040  | conduct dobj={meeting,meetings,consultations,discussion,discussions,summit,dialogue}
V040.0015   | 040  | n:consultations prep:with=$target
V040.0016   | 040  | n:discussion prep:with=$target
V040.0017   | 040  | n:discussions prep:with=$target
V040.0018   | 040  | n:dialogue prep:with=$target
V040.0019   | 040  | n:contacts prep:with=$target
V040.0020   | 040  | n:summit prep:with=$target
V040.0021   | 040  | n:conversation prep:with=$target
V040.0022   | 040  | n:encounter prep:with=$target
V040.0023   | 040  | consult dobj=$target
V040.0024   | 040  | consult prep:with=$target
V040.0025   | 040  | confer prep:with=$target
V040.0026   | 040  | talk prep:with=$target
V040.0027   | 040  | talk prep:to=$target
V040.0028   | 040  | speak prep:with=$target
V040.0029   | 040  | discuss dobj=* prep:with=$target
V040.0030   | 040  | discuss dobj={issue,issues,situation,cooperation,relations,ties,crisis,conflict,war,plan,proposal,matter,matters,prospects,ways,steps,security,trade}
V040.0031   | 040  | sit_down prep:with=$target
V040.0032   | 040  | engage prep:with=$target
V040.0033   | 040  | huddle prep:with=$target
V040.0034   | 040  | attend dobj={summit,meeting,talks,conference,session,forum,consultations,gathering}
V040.0035   | 040  | join dobj={summit,meeting,talks,conference,session,forum,consultations,gathering}
V040.0036   | 040  | exchange dobj={views,opinions,ideas,notes}
V040.0037   | 040  | exchange dobj={views,opinions,ideas} prep:with=$target
V040.0038   | 040  | communicate dobj=* prep:to=$target
V040.0039   | 040  | convey dobj=* prep:to=$target
V040.0040   | 040  | inform dobj=$target
V040.0041   | 040  | notify dobj=$target
V040.0042   | 040  | brief dobj=$target
V040.0043   | 040  | update dobj=$target
V040.0044   | 040  | inform dobj=$target prep:of=*
V040.0045   | 040  | inform dobj=$target prep:about=*
V040.0046   | 040  | inform dobj=$target prep:on=*
V040.0047   | 040  | notify dobj=$target prep:of=*
V040.0048   | 040  | notify dobj=$target prep:about=*
V040.0049   | 040  | notify dobj=$target prep:on=*
V040.0050   | 040  | brief dobj=$target prep:of=*
V040.0051   | 040  | brief dobj=$target prep:about=*
V040.0052   | 040  | brief dobj=$target prep:on=*
V040.0053   | 040  | update dobj=$target prep:of=*
V040.0054   | 040  | update dobj=$target prep:about=*
V040.0055   | 040  | update dobj=$target prep:on=*
V040.0056   | 040  | communicate prep:with=$target
V040.0057   | 040  | receive dobj={briefing,delegation,visitor,visitors,envoy,ambassador,minister,counterpart}

# Added in the 2026-11 review.
V046.7001   | 046  | return prep:for={talk,talks,negotiation,negotiations,consultations,round}   # negotiators return for talks
V046.7002   | 046  | come prep:for={talk,talks,negotiation,negotiations,consultations}
V045.7001   | 045  | launch dobj={mediation,effort,initiative,bid} prep:between=$target   # mediation effort between two parties
V045.7002   | 045  | n:mediation prep:between=$target
