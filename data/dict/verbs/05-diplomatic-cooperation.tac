# Verb and event-noun patterns for CAMEO root 05 (engage in diplomatic cooperation).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V051.0001   | 051  | praise dobj=*   # praise or endorse
V051.0002   | 051  | commend dobj=*
V051.0003   | 051  | applaud dobj=*
V051.0004   | 051  | hail dobj=*
V051.0005   | 051  | laud dobj=*
V051.0006   | 051  | extol dobj=*
V051.0007   | 051  | acclaim dobj=*
V051.0008   | 051  | compliment dobj=*
V051.0009   | 051  | salute dobj=*
V051.0010   | 051  | lionize dobj=*
V051.0011   | 051  | lionise dobj=*
V051.0012   | 051  | praise dobj=* prep:for=*
V051.0013   | 051  | commend dobj=* prep:for=*
V051.0014   | 051  | applaud dobj=* prep:for=*
V051.0015   | 051  | hail dobj=* prep:for=*
V051.0016   | 051  | laud dobj=* prep:for=*
V051.0017   | 051  | welcome dobj={decision,move,announcement,agreement,deal,ceasefire,truce,release,election,result,results,step,steps,initiative,proposal,plan,resolution,statement,talks,progress,news,report,efforts,effort,outcome,vote,appointment,ruling,verdict,return,offer,commitment,pledge,pledges,signing,launch,victory,recognition,development,developments,approach,policy,measures,measure,breakthrough,gesture,remarks,invitation,participation,support,engagement,resumption,easing,lifting,accession,reform,reforms,call,calls}
V051.0018   | 051  | endorse dobj=*
V051.0019   | 051  | support dobj=$target
V051.0020   | 051  | support dobj={plan,proposal,resolution,bid,candidacy,idea,initiative,decision,effort,efforts,call,position,stance,move,policy,measure,proposals,deal,agreement,process,integrity,sovereignty,right,cause,candidate,nomination,nominee,government,leadership,reform,reforms,mediation,talks,dialogue,approach,application,membership,accession,independence,claim,sanctions,strategy,vision,agenda,declaration,statement,framework,roadmap,solution}
V051.0021   | 051  | back dobj={plan,proposal,resolution,bid,candidacy,idea,initiative,decision,effort,efforts,call,position,stance,move,policy,measure,proposals,deal,agreement,process,integrity,sovereignty,right,cause,candidate,nomination,nominee,government,leadership,reform,reforms,mediation,talks,dialogue,approach,application,membership,accession,independence,claim,sanctions,strategy,vision,agenda,declaration,statement,framework,roadmap,solution}
V051.0022   | 051  | back dobj=$target
V051.0023   | 051  | approve dobj={plan,proposal,request,bid,decision,initiative,nomination,appointment,candidacy,membership,accession,application,proposals,measure,measures,move,policy}
V051.0024   | 051  | congratulate dobj=$target
V051.0025   | 051  | thank dobj=$target
V051.0026   | 051  | reward dobj=$target
V051.0027   | 051  | congratulate dobj=$target prep:on=*
V051.0028   | 051  | thank dobj=$target prep:on=*
V051.0029   | 051  | congratulate dobj=$target prep:for=*
V051.0030   | 051  | thank dobj=$target prep:for=*
V051.0031   | 051  | express dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks}
V051.0032   | 051  | voice dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks}
V051.0033   | 051  | reiterate dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks}
V051.0034   | 051  | reaffirm dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks}
V051.0035   | 051  | express dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks} prep:for=$target
V051.0036   | 051  | voice dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks} prep:for=$target
V051.0037   | 051  | reiterate dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks} prep:for=$target
V051.0038   | 051  | reaffirm dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks} prep:for=$target
V051.0039   | 051  | restate dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks} prep:for=$target
V051.0040   | 051  | renew dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks} prep:for=$target
V051.0041   | 051  | repeat dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks} prep:for=$target
V051.0042   | 051  | pledge dobj={support,appreciation,gratitude,admiration,approval,backing,endorsement,thanks} prep:for=$target
V051.0043   | 051  | give dobj={nod,approval,endorsement,blessing,backing,seal} prep:to=*
V051.0044   | 051  | grant dobj={nod,approval,endorsement,blessing,backing,seal} prep:to=*
V051.0045   | 051  | lend dobj={nod,approval,endorsement,blessing,backing,seal} prep:to=*
V051.0046   | 051  | give dobj={nod,approval,endorsement,blessing,backing}
V051.0047   | 051  | grant dobj={nod,approval,endorsement,blessing,backing}
V051.0048   | 051  | lend dobj={nod,approval,endorsement,blessing,backing}
V051.0049   | 051  | lend dobj={support,weight,backing} prep:behind=$target
V051.0050   | 051  | throw dobj={support,weight,backing} prep:behind=$target
V051.0051   | 051  | lend dobj={support,weight,backing} prep:to=$target
V051.0052   | 051  | throw dobj={support,weight,backing} prep:to=$target
V051.0053   | 051  | vote prep:for={resolution,bill,motion,draft,measure,proposal,candidate,candidacy,membership,accession,nomination,text,declaration,amendment,budget,sanctions,plan}
V051.0054   | 051  | vote prep:in={favor,favour}
V051.0055   | 051  | sponsor dobj={resolution,bill,motion,draft}
V051.0056   | 051  | co-sponsor dobj={resolution,bill,motion,draft}
V051.0057   | 051  | cosponsor dobj={resolution,bill,motion,draft}
V051.0058   | 051  | honor dobj=$target prep:with=*
V051.0059   | 051  | honour dobj=$target prep:with=*
V051.0060   | 051  | award dobj={prize,medal,honour,honor,title,order} prep:to=$target
V051.0061   | 051  | award iobj=$target dobj={prize,medal,honour,honor,title,order}
V051.0062   | 051  | rally prep:behind=$target
V051.0063   | 051  | stand prep:behind=$target
V051.0064   | 051  | n:praise prep:for=$target
V051.0065   | 051  | pay dobj={compliment,compliments} prep:to=$target

V052.0001   | 052  | defend dobj={decision,policy,policies,action,actions,move,record,position,stance,strike,strikes,operation,law,measure,measures,choice,conduct,handling,response,approach,deal,agreement,plan,remarks,comments,statement,visit,vote,sale,right,use,role,presence,deployment,legality,legitimacy}   # defend verbally
V052.0002   | 052  | defend dobj=$target prep:against={criticism,accusations,allegations,charges,attacks,claims,critics}
V052.0003   | 052  | justify dobj=*
V052.0004   | 052  | rationalize dobj=*
V052.0005   | 052  | rationalise dobj=*
V052.0006   | 052  | vindicate dobj=*
V052.0007   | 052  | justify ccomp=*
V052.0008   | 052  | stand_by dobj=*
V052.0009   | 052  | stand prep:by=*
V052.0010   | 052  | vouch prep:for=*
V052.0011   | 052  | come prep:to={defense,defence}
V052.0012   | 052  | rush prep:to={defense,defence}
V052.0013   | 052  | leap prep:to={defense,defence}
V052.0014   | 052  | spring prep:to={defense,defence}
V052.0015   | 052  | rise prep:to={defense,defence}
V052.0016   | 052  | speak_up prep:for=$target
V052.0017   | 052  | speak_out prep:in={defense,defence,support}
V052.0018   | 052  | n:defense prep:of={decision,policy,action,actions,move,record,stance,operation,law}
V052.0019   | 052  | n:defence prep:of={decision,policy,action,actions,move,record,stance,operation,law}
V052.0020   | 052  | insist ccomp=* prep:in={defense,defence}

V053.0001   | 053  | rally dobj={support,backing,votes,solidarity,sympathy}   # rally support for a party
V053.0002   | 053  | mobilize dobj={support,backing,votes,solidarity,sympathy}
V053.0003   | 053  | mobilise dobj={support,backing,votes,solidarity,sympathy}
V053.0004   | 053  | drum_up dobj={support,backing,votes,solidarity,sympathy}
V053.0005   | 053  | garner dobj={support,backing,votes,solidarity,sympathy}
V053.0006   | 053  | gather dobj={support,backing,votes,solidarity,sympathy}
V053.0007   | 053  | enlist dobj={support,backing,votes,solidarity,sympathy}
V053.0008   | 053  | marshal dobj={support,backing,votes,solidarity,sympathy}
V053.0009   | 053  | build dobj={support,backing,votes,solidarity,sympathy}
V053.0010   | 053  | muster dobj={support,backing,votes,solidarity,sympathy}
V053.0011   | 053  | whip_up dobj={support,backing,votes,solidarity,sympathy}
V053.0012   | 053  | canvass dobj={support,backing,votes,solidarity,sympathy}
V053.0013   | 053  | solicit dobj={support,backing,votes,solidarity,sympathy}
V053.0014   | 053  | rally dobj={support,backing,votes} prep:for=$target
V053.0015   | 053  | mobilize dobj={support,backing,votes} prep:for=$target
V053.0016   | 053  | mobilise dobj={support,backing,votes} prep:for=$target
V053.0017   | 053  | drum_up dobj={support,backing,votes} prep:for=$target
V053.0018   | 053  | garner dobj={support,backing,votes} prep:for=$target
V053.0019   | 053  | gather dobj={support,backing,votes} prep:for=$target
V053.0020   | 053  | enlist dobj={support,backing,votes} prep:for=$target
V053.0021   | 053  | marshal dobj={support,backing,votes} prep:for=$target
V053.0022   | 053  | build dobj={support,backing,votes} prep:for=$target
V053.0023   | 053  | muster dobj={support,backing,votes} prep:for=$target
V053.0024   | 053  | seek dobj={support,backing} prep:for=$target
V053.0025   | 053  | request dobj={support,backing} prep:for=$target
V053.0026   | 053  | lobby prep:for=$target
V053.0027   | 053  | campaign prep:for=$target
V053.0028   | 053  | lobby prep:on={behalf}
V053.0029   | 053  | campaign prep:on={behalf}
V053.0030   | 053  | canvass dobj=* prep:for=*
V053.0031   | 053  | lobby dobj=* prep:for=*
V053.0032   | 053  | urge dobj=* prep:to={support,back}

V054.0001   | 054  | recognize dobj={government,regime,authority,authorities,administration,leadership,junta,state,statehood,independence,sovereignty}   # grant diplomatic recognition
V054.0002   | 054  | recognise dobj={government,regime,authority,authorities,administration,leadership,junta,state,statehood,independence,sovereignty}
V054.0003   | 054  | recognize dobj=$target prep:as={government,authority,authorities,ruler,rulers,representative,representatives,leadership,state,regime,administration,leader,leaders,president,country,nation,power}
V054.0004   | 054  | recognise dobj=$target prep:as={government,authority,authorities,ruler,rulers,representative,representatives,leadership,state,regime,administration,leader,leaders,president,country,nation,power}
V054.0005   | 054  | recognize dobj=$target
V054.0006   | 054  | recognise dobj=$target
V054.0007   | 054  | recognize dobj=$target prep:as=*
V054.0008   | 054  | recognise dobj=$target prep:as=*
V054.0009   | 054  | n:recognition prep:of=$target
V054.0010   | 054  | n:recognition prep:of={government,regime,authority,authorities,administration,leadership,junta,state,statehood,independence,sovereignty}
V054.0011   | 054  | n:recognition prep:of={government,regime,authority,authorities,administration,leadership,junta,state,statehood,independence,sovereignty}$target
V054.0012   | 054  | grant dobj={recognition} prep:to=$target
V054.0013   | 054  | extend dobj={recognition} prep:to=$target
V054.0014   | 054  | accord dobj={recognition} prep:to=$target
V054.0015   | 054  | give dobj={recognition} prep:to=$target
V054.0016   | 054  | grant dobj={recognition}
V054.0017   | 054  | extend dobj={recognition}
V054.0018   | 054  | accord dobj={recognition}
V054.0019   | 054  | give dobj={recognition}
V054.0020   | 054  | grant iobj=$target dobj={recognition}
V054.0021   | 054  | extend iobj=$target dobj={recognition}
V054.0022   | 054  | accord iobj=$target dobj={recognition}
V054.0023   | 054  | give iobj=$target dobj={recognition}
V054.0024   | 054  | establish dobj={relations,ties} prep:with=$target
V054.0025   | 054  | open dobj={relations,ties} prep:with=$target
V054.0026   | 054  | initiate dobj={relations,ties} prep:with=$target
V054.0027   | 054  | forge dobj={relations,ties} prep:with=$target
V054.0028   | 054  | establish dobj={relations,ties}
V054.0029   | 054  | initiate dobj={relations,ties}
V054.0030   | 054  | n:establishment prep:of={relations,ties}
V054.0031   | 054  | accept dobj={credentials}
V054.0032   | 054  | receive dobj={credentials}
V054.0033   | 054  | accept dobj={credentials} prep:of=$target
V054.0034   | 054  | receive dobj={credentials} prep:of=$target
V054.0035   | 054  | accept dobj={ambassador,envoy} prep:of=$target
V054.0036   | 054  | accept dobj={ambassador,ambassadors,envoy,envoys}
V054.0037   | 054  | acknowledge dobj={sovereignty,independence,statehood}
V054.0038   | 054  | legitimize dobj={government,regime,rule,authority,junta}
V054.0039   | 054  | legitimise dobj={government,regime,rule,authority,junta}
V054.0040   | 054  | upgrade dobj={relations,ties,mission,representation} prep:to={embassy,level,ambassador,ambassadorial,full}

V055.0001   | 055  | apologize   # apologize
V055.0002   | 055  | apologise
V055.0003   | 055  | apologize prep:to=$target
V055.0004   | 055  | apologise prep:to=$target
V055.0005   | 055  | apologize prep:for=*
V055.0006   | 055  | apologise prep:for=*
V055.0007   | 055  | apologize prep:to=$target prep:for=*
V055.0008   | 055  | apologise prep:to=$target prep:for=*
V055.0009   | 055  | n:apology prep:to=$target
V055.0010   | 055  | n:apology prep:for=*
V055.0011   | 055  | issue dobj={apology,apologies}
V055.0012   | 055  | offer dobj={apology,apologies}
V055.0013   | 055  | make dobj={apology,apologies}
V055.0014   | 055  | extend dobj={apology,apologies}
V055.0015   | 055  | tender dobj={apology,apologies}
V055.0016   | 055  | deliver dobj={apology,apologies}
V055.0017   | 055  | issue dobj={apology,apologies} prep:to=$target
V055.0018   | 055  | offer dobj={apology,apologies} prep:to=$target
V055.0019   | 055  | make dobj={apology,apologies} prep:to=$target
V055.0020   | 055  | extend dobj={apology,apologies} prep:to=$target
V055.0021   | 055  | tender dobj={apology,apologies} prep:to=$target
V055.0022   | 055  | deliver dobj={apology,apologies} prep:to=$target
V055.0023   | 055  | express dobj={regret,remorse,contrition}
V055.0024   | 055  | voice dobj={regret,remorse,contrition}
V055.0025   | 055  | express dobj={regret,remorse,contrition} prep:for=*
V055.0026   | 055  | voice dobj={regret,remorse,contrition} prep:for=*
V055.0027   | 055  | express dobj={regret,remorse,contrition} prep:over=*
V055.0028   | 055  | voice dobj={regret,remorse,contrition} prep:over=*
V055.0029   | 055  | beg dobj={forgiveness,pardon}
V055.0030   | 055  | seek dobj={forgiveness,pardon}
V055.0031   | 055  | ask dobj={forgiveness,pardon}
V055.0032   | 055  | ask prep:for={forgiveness,pardon}
V055.0033   | 055  | say dobj={sorry}
V055.0034   | 055  | atone prep:for=*

V056.0001   | 056  | forgive dobj=$target   # forgive
V056.0002   | 056  | forgive
V056.0003   | 056  | pardon dobj=*
V056.0004   | 056  | absolve dobj=*
V056.0005   | 056  | amnesty dobj=*
V056.0006   | 056  | n:pardon prep:for=*
V056.0007   | 056  | n:pardon prep:of=*
V056.0008   | 056  | grant dobj={pardon,amnesty,clemency} prep:to=$target
V056.0009   | 056  | grant dobj={pardon,amnesty,clemency}
V056.0010   | 056  | grant iobj=$target dobj={pardon,amnesty,clemency}
V056.0011   | 056  | commute dobj={sentence,sentences,penalty}
V056.0012   | 056  | bury dobj={hatchet}
V056.0013   | 056  | declare dobj={amnesty}
V056.0014   | 056  | announce dobj={amnesty}

V057.0001   | 057  | sign dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}   # sign formal agreement
V057.0002   | 057  | ink dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}
V057.0003   | 057  | seal dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}
V057.0004   | 057  | finalize dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}
V057.0005   | 057  | finalise dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}
V057.0006   | 057  | conclude dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}
V057.0007   | 057  | clinch dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}
V057.0008   | 057  | strike dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}
V057.0009   | 057  | ratify dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}
V057.0010   | 057  | approve dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}
V057.0011   | 057  | initial dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,communique,mou,accords,agreements,deals,treaties,contracts,memorandums,memoranda,declaration,roadmap,bargain}
V057.0012   | 057  | sign dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,mou,agreements,deals,declaration,roadmap} prep:with=$target
V057.0013   | 057  | ink dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,mou,agreements,deals,declaration,roadmap} prep:with=$target
V057.0014   | 057  | seal dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,mou,agreements,deals,declaration,roadmap} prep:with=$target
V057.0015   | 057  | finalize dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,mou,agreements,deals,declaration,roadmap} prep:with=$target
V057.0016   | 057  | finalise dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,mou,agreements,deals,declaration,roadmap} prep:with=$target
V057.0017   | 057  | conclude dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,mou,agreements,deals,declaration,roadmap} prep:with=$target
V057.0018   | 057  | clinch dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,mou,agreements,deals,declaration,roadmap} prep:with=$target
V057.0019   | 057  | strike dobj={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,charter,mou,agreements,deals,declaration,roadmap} prep:with=$target
V057.0020   | 057  | ratify dobj=*
V057.0021   | 057  | reach dobj={agreement,deal,accord,settlement,compromise,understanding,bargain,pact}
V057.0022   | 057  | forge dobj={agreement,deal,accord,settlement,compromise,understanding,bargain,pact}
V057.0023   | 057  | hammer_out dobj={agreement,deal,accord,settlement,compromise,understanding,bargain,pact}
V057.0024   | 057  | reach dobj={agreement,deal,accord,settlement,compromise,understanding} prep:with=$target
V057.0025   | 057  | forge dobj={agreement,deal,accord,settlement,compromise,understanding} prep:with=$target
V057.0026   | 057  | agree prep:on={deal,agreement,plan,framework,text,terms,exchange,roadmap,accord,package,mechanism,declaration,statement,communique}
V057.0027   | 057  | accede prep:to={treaty,convention,protocol,pact,accord,agreement}
V057.0028   | 057  | join dobj={treaty,convention,pact,accord,agreement,protocol}
V057.0029   | 057  | enter prep:into={agreement,deal,treaty,pact,alliance,partnership,accord,contract}
V057.0030   | 057  | n:signing prep:of={agreement,deal,treaty,accord,pact,memorandum,protocol,contract,convention,declaration}
V057.0031   | 057  | put dobj={signature,signatures} prep:to=*
V057.0032   | 057  | sign_up prep:to={deal,agreement,treaty,declaration,pact}
V057.0033   | 057  | sign_on prep:to={deal,agreement,treaty,declaration,pact}
V057.0034   | 057  | renew dobj={agreement,deal,treaty,accord,pact}
V057.0035   | 057  | extend dobj={agreement,deal,treaty,accord,pact}

V050.0001   | 050  | restore dobj={relations,relation,ties,tie,contacts,cooperation,exchanges}   # diplomatic cooperation
V050.0002   | 050  | resume dobj={relations,relation,ties,tie,contacts,cooperation,exchanges}
V050.0003   | 050  | normalize dobj={relations,relation,ties,tie,contacts,cooperation,exchanges}
V050.0004   | 050  | normalise dobj={relations,relation,ties,tie,contacts,cooperation,exchanges}
V050.0005   | 050  | reestablish dobj={relations,relation,ties,tie,contacts,cooperation,exchanges}
V050.0006   | 050  | re-establish dobj={relations,relation,ties,tie,contacts,cooperation,exchanges}
V050.0007   | 050  | renew dobj={relations,relation,ties,tie,contacts,cooperation,exchanges}
V050.0008   | 050  | revive dobj={relations,relation,ties,tie,contacts,cooperation,exchanges}
V050.0009   | 050  | rebuild dobj={relations,relation,ties,tie,contacts,cooperation,exchanges}
V050.0010   | 050  | improve dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0011   | 050  | strengthen dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0012   | 050  | deepen dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0013   | 050  | expand dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0014   | 050  | boost dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0015   | 050  | enhance dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0016   | 050  | bolster dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0017   | 050  | cement dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0018   | 050  | broaden dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0019   | 050  | upgrade dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0020   | 050  | warm dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0021   | 050  | consolidate dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0022   | 050  | develop dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0023   | 050  | intensify dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0024   | 050  | advance dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0025   | 050  | elevate dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0026   | 050  | forge dobj={relations,relation,ties,tie,cooperation,partnership,friendship,contacts,exchanges,alliance,coordination}
V050.0027   | 050  | forge dobj={partnership,alliance,friendship}
V050.0028   | 050  | build dobj={partnership,alliance,friendship}
V050.0029   | 050  | mend dobj={relations,relation,ties,tie,fences}
V050.0030   | 050  | repair dobj={relations,relation,ties,tie,fences}
V050.0031   | 050  | patch_up dobj={relations,relation,ties,tie,fences}
V050.0032   | 050  | thaw dobj={relations,relation,ties,tie,fences}
V050.0033   | 050  | reset dobj={relations,relation,ties,tie,fences}
V050.0034   | 050  | reopen dobj={embassy,embassies,consulate,consulates,mission,legation}
V050.0035   | 050  | open dobj={embassy,embassies,consulate,consulates,mission,legation}
V050.0036   | 050  | appoint dobj={ambassador,envoy,ambassadors,consul,representative}
V050.0037   | 050  | name dobj={ambassador,envoy,ambassadors,consul,representative}
V050.0038   | 050  | nominate dobj={ambassador,envoy,ambassadors,consul,representative}
V050.0039   | 050  | accredit dobj={ambassador,envoy,ambassadors,consul,representative}
V050.0040   | 050  | appoint dobj={ambassador,envoy} prep:to=$target
V050.0041   | 050  | name dobj={ambassador,envoy} prep:to=$target
V050.0042   | 050  | return dobj={ambassador,envoy}
V050.0043   | 050  | exchange dobj={ambassadors,envoys,diplomats,delegations}
V050.0044   | 050  | present dobj={credentials}
V050.0045   | 050  | present dobj={credentials} prep:to=$target
V050.0046   | 050  | n:rapprochement prep:with=$target
V050.0047   | 050  | n:rapprochement prep:between=*
V050.0048   | 050  | n:normalization prep:of={relations,relation,ties,tie}
V050.0049   | 050  | n:normalisation prep:of={relations,relation,ties,tie}
V050.0050   | 050  | n:normalization prep:with=$target
V050.0051   | 050  | n:normalisation prep:with=$target
V050.0052   | 050  | normalize prep:with=$target
V050.0053   | 050  | normalise prep:with=$target
V050.0054   | 050  | cooperate prep:with=$target
V050.0055   | 050  | cooperate
V050.0056   | 050  | cooperate prep:on=*
V050.0057   | 050  | join dobj={organization,organisation,bloc,union,grouping,group,body,coalition,alliance,club,commonwealth,league,council,partnership,initiative}
V050.0058   | 050  | admit dobj=$target prep:to={organization,organisation,bloc,union,grouping,group,body,alliance,club,membership}
V050.0059   | 050  | accept dobj=$target prep:as={member,partner,observer}
V050.0060   | 050  | coordinate prep:with=$target
V050.0061   | 050  | side prep:with=$target
V050.0062   | 050  | align dobj=* prep:with=$target
V050.0063   | 050  | reconcile prep:with=$target
V050.0064   | 050  | reach_out prep:to=$target
V050.0065   | 050  | n:cooperation prep:with=$target

# Added in the 2026-11 review.
V053.7001   | 053  | mobilize dobj={group,groups,lobby,lobbies,lobbyist,lobbyists,supporter,supporters,diaspora,opinion,ally,allies}   # rallies support on behalf of
