# Verb and event-noun patterns for CAMEO root 11 (disapprove).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V1121.0001  | 1121 | accuse dobj=$target prep:of={corruption,fraud,bribery,embezzlement,theft,murder,crime,smuggling,trafficking,laundering,money-laundering,graft,extortion,evasion,rigging,kidnapping,terrorism,cheating,wrongdoing,misconduct,racketeering,plotting,plot,conspiracy,steal,stealing,kill,killing,assassination,poisoning,hacking,cyberattacks,cyberattack,vote-rigging,manipulation,looting,drug,drugs,incitement,insider,nepotism,collusion,interference,meddling}   # accuses of crime or corruption
V1121.0002  | 1121 | suspect dobj=$target prep:of={corruption,fraud,bribery,embezzlement,theft,murder,crime,smuggling,trafficking,laundering,money-laundering,graft,extortion,evasion,rigging,kidnapping,terrorism,cheating,wrongdoing,misconduct,racketeering,plotting,plot,conspiracy,steal,stealing,kill,killing,assassination,poisoning,hacking,cyberattacks,cyberattack,vote-rigging,manipulation,looting,drug,drugs,incitement,insider,nepotism,collusion,interference,meddling}
V1121.0003  | 1121 | blame dobj=$target prep:for={corruption,fraud,bribery,embezzlement,theft,murder,crime,smuggling,trafficking,laundering,money-laundering,graft,extortion,evasion,rigging,kidnapping,terrorism,cheating,wrongdoing,misconduct,racketeering,plotting,plot,conspiracy,steal,stealing,kill,killing,assassination,poisoning,hacking,cyberattacks,cyberattack,vote-rigging,manipulation,looting,drug,drugs,incitement,insider,nepotism,collusion,interference,meddling}
V1121.0004  | 1121 | allege dobj={corruption,fraud,bribery,embezzlement,theft,murder,crime,smuggling,trafficking,laundering,money-laundering,graft,extortion,evasion,rigging,kidnapping,terrorism,cheating,wrongdoing,misconduct,racketeering,plotting,plot,conspiracy,steal,stealing,kill,killing,assassination,poisoning,hacking,cyberattacks,cyberattack,vote-rigging,manipulation,looting,drug,drugs,incitement,insider,nepotism,collusion,interference,meddling}
V1121.0005  | 1121 | n:accusation prep:of={corruption,fraud,bribery,embezzlement,theft,murder,crime,smuggling,trafficking,laundering,money-laundering,graft,extortion,evasion,rigging,kidnapping,terrorism,cheating,wrongdoing,misconduct,racketeering,plotting,plot,conspiracy,steal,stealing,kill,killing,assassination,poisoning,hacking,cyberattacks,cyberattack,vote-rigging,manipulation,looting,drug,drugs,incitement,insider,nepotism,collusion,interference,meddling}
V1121.0006  | 1121 | n:accusations prep:of={corruption,fraud,bribery,embezzlement,theft,murder,crime,smuggling,trafficking,laundering,money-laundering,graft,extortion,evasion,rigging,kidnapping,terrorism,cheating,wrongdoing,misconduct,racketeering,plotting,plot,conspiracy,steal,stealing,kill,killing,assassination,poisoning,hacking,cyberattacks,cyberattack,vote-rigging,manipulation,looting,drug,drugs,incitement,insider,nepotism,collusion,interference,meddling}
V1121.0007  | 1121 | n:allegation prep:of={corruption,fraud,bribery,embezzlement,theft,murder,crime,smuggling,trafficking,laundering,money-laundering,graft,extortion,evasion,rigging,kidnapping,terrorism,cheating,wrongdoing,misconduct,racketeering,plotting,plot,conspiracy,steal,stealing,kill,killing,assassination,poisoning,hacking,cyberattacks,cyberattack,vote-rigging,manipulation,looting,drug,drugs,incitement,insider,nepotism,collusion,interference,meddling}
V1121.0008  | 1121 | n:allegations prep:of={corruption,fraud,bribery,embezzlement,theft,murder,crime,smuggling,trafficking,laundering,money-laundering,graft,extortion,evasion,rigging,kidnapping,terrorism,cheating,wrongdoing,misconduct,racketeering,plotting,plot,conspiracy,steal,stealing,kill,killing,assassination,poisoning,hacking,cyberattacks,cyberattack,vote-rigging,manipulation,looting,drug,drugs,incitement,insider,nepotism,collusion,interference,meddling}

V1122.0001  | 1122 | accuse dobj=$target prep:of={abuses,abuse,torture,violations,repression,persecution,discrimination,rape,detention,detentions,disappearances,apartheid,oppression,crackdown,brutality,mistreatment,persecute,discriminate,enslavement,slavery,censorship,intimidation,harassment}   # accuses of human rights abuses
V1122.0002  | 1122 | suspect dobj=$target prep:of={abuses,abuse,torture,violations,repression,persecution,discrimination,rape,detention,detentions,disappearances,apartheid,oppression,crackdown,brutality,mistreatment,persecute,discriminate,enslavement,slavery,censorship,intimidation,harassment}
V1122.0003  | 1122 | blame dobj=$target prep:for={abuses,abuse,torture,violations,repression,persecution,discrimination,rape,detention,detentions,disappearances,apartheid,oppression,crackdown,brutality,mistreatment,persecute,discriminate,enslavement,slavery,censorship,intimidation,harassment}
V1122.0004  | 1122 | allege dobj={abuses,abuse,torture,violations,repression,persecution,discrimination,rape,detention,detentions,disappearances,apartheid,oppression,crackdown,brutality,mistreatment,persecute,discriminate,enslavement,slavery,censorship,intimidation,harassment}
V1122.0005  | 1122 | n:accusation prep:of={abuses,abuse,torture,violations,repression,persecution,discrimination,rape,detention,detentions,disappearances,apartheid,oppression,crackdown,brutality,mistreatment,persecute,discriminate,enslavement,slavery,censorship,intimidation,harassment}
V1122.0006  | 1122 | n:accusations prep:of={abuses,abuse,torture,violations,repression,persecution,discrimination,rape,detention,detentions,disappearances,apartheid,oppression,crackdown,brutality,mistreatment,persecute,discriminate,enslavement,slavery,censorship,intimidation,harassment}
V1122.0007  | 1122 | n:allegations prep:of={abuses,abuse,torture,violations,repression,persecution,discrimination,rape,detention,detentions,disappearances,apartheid,oppression,crackdown,brutality,mistreatment,persecute,discriminate,enslavement,slavery,censorship,intimidation,harassment}

V1123.0001  | 1123 | accuse dobj=$target prep:of={aggression,provocation,provocations,incursion,incursions,invasion,escalation,attacking,shelling,violate,violating,expansionism,hostility,intervention,militarization,militarisation,destabilization,destabilisation,destabilizing,destabilising,warmongering,belligerence,bombing,bombings,strikes,airstrikes,occupation,annexation,blockade,hostilities,threats,coercion,start,starting,provoke,provoking,initiate,initiating,escalate,escalating,clashes,fighting,piracy,encroachment,infiltration}   # accuses of aggression
V1123.0002  | 1123 | suspect dobj=$target prep:of={aggression,provocation,provocations,incursion,incursions,invasion,escalation,attacking,shelling,violate,violating,expansionism,hostility,intervention,militarization,militarisation,destabilization,destabilisation,destabilizing,destabilising,warmongering,belligerence,bombing,bombings,strikes,airstrikes,occupation,annexation,blockade,hostilities,threats,coercion,start,starting,provoke,provoking,initiate,initiating,escalate,escalating,clashes,fighting,piracy,encroachment,infiltration}
V1123.0003  | 1123 | blame dobj=$target prep:for={aggression,provocation,provocations,incursion,incursions,invasion,escalation,attacking,shelling,violate,violating,expansionism,hostility,intervention,militarization,militarisation,destabilization,destabilisation,destabilizing,destabilising,warmongering,belligerence,bombing,bombings,strikes,airstrikes,occupation,annexation,blockade,hostilities,threats,coercion,start,starting,provoke,provoking,initiate,initiating,escalate,escalating,clashes,fighting,piracy,encroachment,infiltration}
V1123.0004  | 1123 | n:accusation prep:of={aggression,provocation,provocations,incursion,incursions,invasion,escalation,attacking,shelling,violate,violating,expansionism,hostility,intervention,militarization,militarisation,destabilization,destabilisation,destabilizing,destabilising,warmongering,belligerence,bombing,bombings,strikes,airstrikes,occupation,annexation,blockade,hostilities,threats,coercion,start,starting,provoke,provoking,initiate,initiating,escalate,escalating,clashes,fighting,piracy,encroachment,infiltration}
V1123.0005  | 1123 | n:accusations prep:of={aggression,provocation,provocations,incursion,incursions,invasion,escalation,attacking,shelling,violate,violating,expansionism,hostility,intervention,militarization,militarisation,destabilization,destabilisation,destabilizing,destabilising,warmongering,belligerence,bombing,bombings,strikes,airstrikes,occupation,annexation,blockade,hostilities,threats,coercion,start,starting,provoke,provoking,initiate,initiating,escalate,escalating,clashes,fighting,piracy,encroachment,infiltration}
V1123.0006  | 1123 | blame dobj={attack,attacks,strike,strikes,escalation,shelling,bombing,violence,fighting,tensions,war,conflict,invasion,incursion,explosion,blast,provocation} prep:on=$target

V1124.0001  | 1124 | accuse dobj=$target prep:of={genocide,atrocities,atrocity,massacre,massacres,crimes,cleansing,starvation,deportation,deportations,war-crimes}   # accuses of war crimes
V1124.0002  | 1124 | suspect dobj=$target prep:of={genocide,atrocities,atrocity,massacre,massacres,crimes,cleansing,starvation,deportation,deportations,war-crimes}
V1124.0003  | 1124 | blame dobj=$target prep:for={genocide,atrocities,atrocity,massacre,massacres,crimes,cleansing,starvation,deportation,deportations,war-crimes}
V1124.0004  | 1124 | allege dobj={genocide,atrocities,atrocity,massacre,massacres,crimes,cleansing,starvation,deportation,deportations,war-crimes}
V1124.0005  | 1124 | n:accusation prep:of={genocide,atrocities,atrocity,massacre,massacres,crimes,cleansing,starvation,deportation,deportations,war-crimes}
V1124.0006  | 1124 | n:accusations prep:of={genocide,atrocities,atrocity,massacre,massacres,crimes,cleansing,starvation,deportation,deportations,war-crimes}
V1124.0007  | 1124 | n:allegations prep:of={genocide,atrocities,atrocity,massacre,massacres,crimes,cleansing,starvation,deportation,deportations,war-crimes}
V1124.0008  | 1124 | brand dobj=* prep:as={genocide,crime,crimes,atrocity}
V1124.0009  | 1124 | call dobj=* prep:as={genocide,crime,crimes,atrocity}
V1124.0010  | 1124 | label dobj=* prep:as={genocide,crime,crimes,atrocity}

V1125.0001  | 1125 | accuse dobj=$target prep:of={espionage,spying,spy,treason,sabotage,collaboration,betrayal,subversion,sedition,espionage-related,working,leaking,disloyalty}   # accuses of espionage or treason
V1125.0002  | 1125 | suspect dobj=$target prep:of={espionage,spying,spy,treason,sabotage,collaboration,betrayal,subversion,sedition,espionage-related,working,leaking,disloyalty}
V1125.0003  | 1125 | brand dobj=$target prep:as={spy,spies,traitor,traitors,agent,agents}
V1125.0004  | 1125 | label dobj=$target prep:as={spy,spies,traitor,traitors,agent,agents}
V1125.0005  | 1125 | n:accusation prep:of={espionage,spying,spy,treason,sabotage,collaboration,betrayal,subversion,sedition,espionage-related,working,leaking,disloyalty}
V1125.0006  | 1125 | n:accusations prep:of={espionage,spying,spy,treason,sabotage,collaboration,betrayal,subversion,sedition,espionage-related,working,leaking,disloyalty}

V111.0001   | 111  | criticize dobj=*   # criticizes or denounces
V111.0002   | 111  | criticise dobj=*
V111.0003   | 111  | condemn dobj=*
V111.0004   | 111  | denounce dobj=*
V111.0005   | 111  | decry dobj=*
V111.0006   | 111  | deplore dobj=*
V111.0007   | 111  | slam dobj=*
V111.0008   | 111  | lambast dobj=*
V111.0009   | 111  | lambaste dobj=*
V111.0010   | 111  | censure dobj=*
V111.0011   | 111  | rebuke dobj=*
V111.0012   | 111  | reprimand dobj=*
V111.0013   | 111  | chide dobj=*
V111.0014   | 111  | castigate dobj=*
V111.0015   | 111  | berate dobj=*
V111.0016   | 111  | scold dobj=*
V111.0017   | 111  | excoriate dobj=*
V111.0018   | 111  | assail dobj=*
V111.0019   | 111  | vilify dobj=*
V111.0020   | 111  | disparage dobj=*
V111.0021   | 111  | denigrate dobj=*
V111.0022   | 111  | ridicule dobj=*
V111.0023   | 111  | mock dobj=*
V111.0024   | 111  | deride dobj=*
V111.0025   | 111  | insult dobj=*
V111.0026   | 111  | defame dobj=*
V111.0027   | 111  | smear dobj=*
V111.0028   | 111  | fault dobj=*
V111.0029   | 111  | upbraid dobj=*
V111.0030   | 111  | admonish dobj=*
V111.0031   | 111  | pillory dobj=*
V111.0032   | 111  | savage dobj=*
V111.0033   | 111  | skewer dobj=*
V111.0034   | 111  | belittle dobj=*
V111.0035   | 111  | demonize dobj=*
V111.0036   | 111  | demonise dobj=*
V111.0037   | 111  | malign dobj=*
V111.0038   | 111  | badmouth dobj=*
V111.0039   | 111  | bash dobj=*
V111.0040   | 111  | blast dobj=*
V111.0041   | 111  | criticize dobj=* prep:for=*
V111.0042   | 111  | criticise dobj=* prep:for=*
V111.0043   | 111  | condemn dobj=* prep:for=*
V111.0044   | 111  | denounce dobj=* prep:for=*
V111.0045   | 111  | decry dobj=* prep:for=*
V111.0046   | 111  | deplore dobj=* prep:for=*
V111.0047   | 111  | slam dobj=* prep:for=*
V111.0048   | 111  | lambast dobj=* prep:for=*
V111.0049   | 111  | lambaste dobj=* prep:for=*
V111.0050   | 111  | censure dobj=* prep:for=*
V111.0051   | 111  | rebuke dobj=* prep:for=*
V111.0052   | 111  | reprimand dobj=* prep:for=*
V111.0053   | 111  | chide dobj=* prep:for=*
V111.0054   | 111  | castigate dobj=* prep:for=*
V111.0055   | 111  | berate dobj=* prep:for=*
V111.0056   | 111  | scold dobj=* prep:for=*
V111.0057   | 111  | excoriate dobj=* prep:for=*
V111.0058   | 111  | assail dobj=* prep:for=*
V111.0059   | 111  | vilify dobj=* prep:for=*
V111.0060   | 111  | disparage dobj=* prep:for=*
V111.0061   | 111  | denigrate dobj=* prep:for=*
V111.0062   | 111  | ridicule dobj=* prep:for=*
V111.0063   | 111  | mock dobj=* prep:for=*
V111.0064   | 111  | deride dobj=* prep:for=*
V111.0065   | 111  | insult dobj=* prep:for=*
V111.0066   | 111  | defame dobj=* prep:for=*
V111.0067   | 111  | smear dobj=* prep:for=*
V111.0068   | 111  | fault dobj=* prep:for=*
V111.0069   | 111  | upbraid dobj=* prep:for=*
V111.0070   | 111  | admonish dobj=* prep:for=*
V111.0071   | 111  | pillory dobj=* prep:for=*
V111.0072   | 111  | savage dobj=* prep:for=*
V111.0073   | 111  | skewer dobj=* prep:for=*
V111.0074   | 111  | belittle dobj=* prep:for=*
V111.0075   | 111  | demonize dobj=* prep:for=*
V111.0076   | 111  | demonise dobj=* prep:for=*
V111.0077   | 111  | malign dobj=* prep:for=*
V111.0078   | 111  | bash dobj=* prep:for=*
V111.0079   | 111  | blast dobj=* prep:for=*
V111.0080   | 111  | criticize
V111.0081   | 111  | criticise
V111.0082   | 111  | condemn
V111.0083   | 111  | denounce
V111.0084   | 111  | decry
V111.0085   | 111  | deplore
V111.0086   | 111  | slam
V111.0087   | 111  | censure
V111.0088   | 111  | rebuke
V111.0089   | 111  | lambast
V111.0090   | 111  | lambaste
V111.0091   | 111  | hit_out prep:at=$target
V111.0092   | 111  | lash_out prep:at=$target
V111.0093   | 111  | take_aim prep:at=$target
V111.0094   | 111  | rail prep:at=$target
V111.0095   | 111  | inveigh prep:at=$target
V111.0096   | 111  | fire_back prep:at=$target
V111.0097   | 111  | hit_back prep:at=$target
V111.0098   | 111  | snipe prep:at=$target
V111.0099   | 111  | swipe prep:at=$target
V111.0100   | 111  | take_swipe prep:at=$target
V111.0101   | 111  | lash prep:at=$target
V111.0102   | 111  | hit_out prep:against=*
V111.0103   | 111  | lash_out prep:against=*
V111.0104   | 111  | rail prep:against=*
V111.0105   | 111  | inveigh prep:against=*
V111.0106   | 111  | hit_out prep:at=*
V111.0107   | 111  | lash_out prep:at=*
V111.0108   | 111  | rail prep:at=*
V111.0109   | 111  | take_aim prep:at=*
V111.0110   | 111  | n:criticism prep:of=$target
V111.0111   | 111  | n:criticism prep:of=*
V111.0112   | 111  | n:condemnation prep:of=*
V111.0113   | 111  | n:denunciation prep:of=*
V111.0114   | 111  | n:rebuke prep:of=*
V111.0115   | 111  | voice dobj={criticism,condemnation,censure,rebuke,tirade,broadside,invective}
V111.0116   | 111  | express dobj={criticism,condemnation,censure,rebuke,tirade,broadside,invective}
V111.0117   | 111  | level dobj={criticism,condemnation,censure,rebuke,tirade,broadside,invective}
V111.0118   | 111  | direct dobj={criticism,condemnation,censure,rebuke,tirade,broadside,invective}
V111.0119   | 111  | issue dobj={criticism,condemnation,censure,rebuke,tirade,broadside,invective}
V111.0120   | 111  | air dobj={criticism,condemnation,censure,rebuke,tirade,broadside,invective}
V111.0121   | 111  | unleash dobj={criticism,condemnation,censure,rebuke,tirade,broadside,invective}
V111.0122   | 111  | voice dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:at=$target
V111.0123   | 111  | voice dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:against=$target
V111.0124   | 111  | voice dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:of=$target
V111.0125   | 111  | express dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:at=$target
V111.0126   | 111  | express dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:against=$target
V111.0127   | 111  | express dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:of=$target
V111.0128   | 111  | level dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:at=$target
V111.0129   | 111  | level dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:against=$target
V111.0130   | 111  | level dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:of=$target
V111.0131   | 111  | direct dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:at=$target
V111.0132   | 111  | direct dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:against=$target
V111.0133   | 111  | direct dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:of=$target
V111.0134   | 111  | issue dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:at=$target
V111.0135   | 111  | issue dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:against=$target
V111.0136   | 111  | issue dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:of=$target
V111.0137   | 111  | air dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:at=$target
V111.0138   | 111  | air dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:against=$target
V111.0139   | 111  | air dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:of=$target
V111.0140   | 111  | unleash dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:at=$target
V111.0141   | 111  | unleash dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:against=$target
V111.0142   | 111  | unleash dobj={criticism,condemnation,censure,rebuke,tirade,broadside} prep:of=$target
V111.0143   | 111  | brand dobj=$target prep:as=*
V111.0144   | 111  | label dobj=$target prep:as=*
V111.0145   | 111  | dub dobj=$target prep:as=*
V111.0146   | 111  | call dobj=$target xcomp={terrorist,terrorists,criminal,criminals,liar,dictator,murderer,murderers,thug,thugs,puppet,fascist,fascists,nazi,nazis,traitor,illegitimate,unacceptable,irresponsible,disgraceful,shameful,outrageous,absurd,hypocritical,reckless,dangerous,provocative,baseless,unfounded,unjustified}
V111.0147   | 111  | describe dobj=* prep:as={unacceptable,irresponsible,disgraceful,shameful,outrageous,absurd,hypocritical,reckless,dangerous,provocative,illegal,illegitimate,violation,act,crime,terrorism,aggression,blackmail,farce,sham,betrayal,mistake,error}
V111.0148   | 111  | compare dobj=$target prep:to={hitler,nazis,nazi,terrorists,stalin,mussolini,fascists,apartheid}
V111.0149   | 111  | liken dobj=$target prep:to={hitler,nazis,nazi,terrorists,stalin,mussolini,fascists,apartheid}
V111.0150   | 111  | accuse dobj=$target prep:of={hypocrisy,lying,lies,double,arrogance,incompetence,negligence,failure,failing,ignoring,inaction,indifference,racism,propaganda,misinformation,disinformation}

V112.0001   | 112  | accuse dobj=$target   # accuses
V112.0002   | 112  | accuse dobj=$target prep:of=*
V112.0003   | 112  | accuse dobj=* prep:of=*
V112.0004   | 112  | blame dobj=$target
V112.0005   | 112  | blame dobj=$target prep:for=*
V112.0006   | 112  | blame dobj=* prep:on=$target
V112.0007   | 112  | blame dobj=* prep:on=*
V112.0008   | 112  | allege ccomp=*
V112.0009   | 112  | allege dobj=*
V112.0010   | 112  | charge ccomp=*
V112.0011   | 112  | hold dobj=$target acomp={responsible,accountable,liable}
V112.0012   | 112  | hold dobj=$target xcomp={responsible,accountable,liable}
V112.0013   | 112  | hold dobj=$target prep:for=*
V112.0014   | 112  | point dobj={finger} prep:at=$target
V112.0015   | 112  | implicate dobj=$target
V112.0016   | 112  | incriminate dobj=$target
V112.0017   | 112  | implicate dobj=* prep:in=*
V112.0018   | 112  | attribute dobj=* prep:on=$target
V112.0019   | 112  | ascribe dobj=* prep:on=$target
V112.0020   | 112  | pin dobj=* prep:on=$target
V112.0021   | 112  | attribute dobj=* prep:to=$target
V112.0022   | 112  | ascribe dobj=* prep:to=$target
V112.0023   | 112  | suspect dobj=$target prep:of=*
V112.0024   | 112  | level dobj={accusation,accusations,allegation,allegations} prep:against=$target
V112.0025   | 112  | make dobj={accusation,accusations,allegation,allegations} prep:against=$target
V112.0026   | 112  | bring dobj={accusation,accusations,allegation,allegations} prep:against=$target
V112.0027   | 112  | lodge dobj={accusation,accusations,allegation,allegations} prep:against=$target
V112.0028   | 112  | level dobj={accusation,accusations,allegation,allegations}
V112.0029   | 112  | make dobj={accusation,accusations,allegation,allegations}
V112.0030   | 112  | bring dobj={accusation,accusations,allegation,allegations}
V112.0031   | 112  | n:accusation prep:against=$target
V112.0032   | 112  | n:accusations prep:against=$target
V112.0033   | 112  | n:allegation prep:against=$target
V112.0034   | 112  | n:allegations prep:against=$target
V112.0035   | 112  | n:accusation prep:of=*
V112.0036   | 112  | n:accusations prep:of=*
V112.0037   | 112  | claim ccomp=* prep:about=$target

V113.0001   | 113  | rally dobj={opposition,support,countries,nations,allies,world,community,partners,people,public} prep:against=$target   # rally opposition against
V113.0002   | 113  | mobilize dobj={opposition,support,countries,nations,allies,world,community,partners,people,public} prep:against=$target
V113.0003   | 113  | mobilise dobj={opposition,support,countries,nations,allies,world,community,partners,people,public} prep:against=$target
V113.0004   | 113  | muster dobj={opposition,support,countries,nations,allies,world,community,partners,people,public} prep:against=$target
V113.0005   | 113  | drum_up dobj={opposition,support,countries,nations,allies,world,community,partners,people,public} prep:against=$target
V113.0006   | 113  | marshal dobj={opposition,support,countries,nations,allies,world,community,partners,people,public} prep:against=$target
V113.0007   | 113  | rally dobj=* prep:against=$target
V113.0008   | 113  | mobilize dobj=* prep:against=$target
V113.0009   | 113  | mobilise dobj=* prep:against=$target
V113.0010   | 113  | unite dobj=* prep:against=$target
V113.0011   | 113  | muster dobj=* prep:against=$target
V113.0012   | 113  | unite prep:against=$target
V113.0013   | 113  | band_together prep:against=$target
V113.0014   | 113  | gang_up prep:against=$target
V113.0015   | 113  | team_up prep:against=$target
V113.0016   | 113  | ally prep:against=$target
V113.0017   | 113  | gang_up prep:on=$target
V113.0018   | 113  | build dobj={coalition,front,alliance,bloc,campaign,movement} prep:against=$target
V113.0019   | 113  | form dobj={coalition,front,alliance,bloc,campaign,movement} prep:against=$target
V113.0020   | 113  | forge dobj={coalition,front,alliance,bloc,campaign,movement} prep:against=$target
V113.0021   | 113  | assemble dobj={coalition,front,alliance,bloc,campaign,movement} prep:against=$target
V113.0022   | 113  | create dobj={coalition,front,alliance,bloc,campaign,movement} prep:against=$target
V113.0023   | 113  | lead dobj={coalition,front,alliance,bloc,campaign,movement} prep:against=$target
V113.0024   | 113  | lobby prep:against=$target
V113.0025   | 113  | campaign prep:against=$target
V113.0026   | 113  | agitate prep:against=$target
V113.0027   | 113  | organize prep:against=$target
V113.0028   | 113  | organise prep:against=$target
V113.0029   | 113  | work prep:against=$target
V113.0030   | 113  | lobby prep:against=*
V113.0031   | 113  | campaign prep:against=*
V113.0032   | 113  | agitate prep:against=*
V113.0033   | 113  | turn dobj=* prep:against=$target
V113.0034   | 113  | incite dobj=* prep:against=$target
V113.0035   | 113  | stir_up dobj=* prep:against=$target
V113.0036   | 113  | whip_up dobj=* prep:against=$target
V113.0037   | 113  | provoke dobj=* prep:against=$target
V113.0038   | 113  | incite dobj={hatred,hostility,opposition,unrest,violence,anger,sentiment}
V113.0039   | 113  | stir_up dobj={hatred,hostility,opposition,unrest,violence,anger,sentiment}
V113.0040   | 113  | whip_up dobj={hatred,hostility,opposition,unrest,violence,anger,sentiment}
V113.0041   | 113  | n:campaign prep:against=$target
V113.0042   | 113  | n:coalition prep:against=$target

V114.0001   | 114  | lodge dobj={complaint,complaints,protest,petition,grievance,demarche,objection}   # complains officially
V114.0002   | 114  | file dobj={complaint,complaints,protest,petition,grievance,demarche,objection}
V114.0003   | 114  | submit dobj={complaint,complaints,protest,petition,grievance,demarche,objection}
V114.0004   | 114  | issue dobj={complaint,complaints,protest,petition,grievance,demarche,objection}
V114.0005   | 114  | register dobj={complaint,complaints,protest,petition,grievance,demarche,objection}
V114.0006   | 114  | send dobj={complaint,complaints,protest,petition,grievance,demarche,objection}
V114.0007   | 114  | deliver dobj={complaint,complaints,protest,petition,grievance,demarche,objection}
V114.0008   | 114  | hand dobj={complaint,complaints,protest,petition,grievance,demarche,objection}
V114.0009   | 114  | present dobj={complaint,complaints,protest,petition,grievance,demarche,objection}
V114.0010   | 114  | make dobj={complaint,complaints,protest,petition,grievance,demarche,objection}
V114.0011   | 114  | lodge dobj={complaint,complaints,protest,petition,grievance,demarche} prep:with=$target
V114.0012   | 114  | lodge dobj={complaint,complaints,protest,petition,grievance,demarche} prep:to=$target
V114.0013   | 114  | file dobj={complaint,complaints,protest,petition,grievance,demarche} prep:with=$target
V114.0014   | 114  | file dobj={complaint,complaints,protest,petition,grievance,demarche} prep:to=$target
V114.0015   | 114  | submit dobj={complaint,complaints,protest,petition,grievance,demarche} prep:with=$target
V114.0016   | 114  | submit dobj={complaint,complaints,protest,petition,grievance,demarche} prep:to=$target
V114.0017   | 114  | issue dobj={complaint,complaints,protest,petition,grievance,demarche} prep:with=$target
V114.0018   | 114  | issue dobj={complaint,complaints,protest,petition,grievance,demarche} prep:to=$target
V114.0019   | 114  | register dobj={complaint,complaints,protest,petition,grievance,demarche} prep:with=$target
V114.0020   | 114  | register dobj={complaint,complaints,protest,petition,grievance,demarche} prep:to=$target
V114.0021   | 114  | send dobj={complaint,complaints,protest,petition,grievance,demarche} prep:with=$target
V114.0022   | 114  | send dobj={complaint,complaints,protest,petition,grievance,demarche} prep:to=$target
V114.0023   | 114  | deliver dobj={complaint,complaints,protest,petition,grievance,demarche} prep:with=$target
V114.0024   | 114  | deliver dobj={complaint,complaints,protest,petition,grievance,demarche} prep:to=$target
V114.0025   | 114  | hand dobj={complaint,complaints,protest,petition,grievance,demarche} prep:with=$target
V114.0026   | 114  | hand dobj={complaint,complaints,protest,petition,grievance,demarche} prep:to=$target
V114.0027   | 114  | present dobj={complaint,complaints,protest,petition,grievance,demarche} prep:with=$target
V114.0028   | 114  | present dobj={complaint,complaints,protest,petition,grievance,demarche} prep:to=$target
V114.0029   | 114  | make dobj={complaint,complaints,protest,petition,grievance,demarche} prep:with=$target
V114.0030   | 114  | make dobj={complaint,complaints,protest,petition,grievance,demarche} prep:to=$target
V114.0031   | 114  | lodge dobj={complaint,complaints,protest,petition,grievance} prep:against=$target
V114.0032   | 114  | file dobj={complaint,complaints,protest,petition,grievance} prep:against=$target
V114.0033   | 114  | submit dobj={complaint,complaints,protest,petition,grievance} prep:against=$target
V114.0034   | 114  | issue dobj={complaint,complaints,protest,petition,grievance} prep:against=$target
V114.0035   | 114  | register dobj={complaint,complaints,protest,petition,grievance} prep:against=$target
V114.0036   | 114  | lodge dobj={protest,complaint} prep:over=*
V114.0037   | 114  | file dobj={protest,complaint} prep:over=*
V114.0038   | 114  | submit dobj={protest,complaint} prep:over=*
V114.0039   | 114  | register dobj={protest,complaint} prep:over=*
V114.0040   | 114  | summon dobj={ambassador,envoy,diplomat,charge,representative,attache,ambassadors,consul,chargé,counsellor,head}
V114.0041   | 114  | summon dobj={ambassador,envoy,diplomat,charge,representative,attache,ambassadors,consul} prep:over=*
V114.0042   | 114  | summon dobj={ambassador,envoy,diplomat,charge,representative,attache,ambassadors,consul} prep:to={protest,lodge,complain}
V114.0043   | 114  | summon dobj=$target prep:to={ministry,foreign,office}
V114.0044   | 114  | complain prep:to=$target
V114.0045   | 114  | complain prep:about=*
V114.0046   | 114  | complain prep:over=*
V114.0047   | 114  | complain ccomp=*
V114.0048   | 114  | petition dobj=*
V114.0049   | 114  | petition prep:for=*
V114.0050   | 114  | appeal dobj={ruling,verdict,decision,sentence,conviction,judgment,judgement,order,acquittal}
V114.0051   | 114  | appeal prep:against={ruling,verdict,decision,sentence,conviction,judgment,judgement,order,acquittal}
V114.0052   | 114  | challenge dobj={ruling,law,decision,order,ban,result,results,election,outcome,legality,constitutionality,validity} prep:in={court,courts,tribunal}
V114.0053   | 114  | write dobj={letter} prep:to=* prep:over=*
V114.0054   | 114  | write dobj={letter} prep:to=* prep:about=*
V114.0055   | 114  | write dobj={letter} prep:to=* prep:against=*
V114.0056   | 114  | send dobj={letter} prep:to=$target prep:over=*
V114.0057   | 114  | send dobj={letter} prep:to=$target prep:about=*
V114.0058   | 114  | send dobj={letter} prep:to=$target prep:against=*
V114.0059   | 114  | deliver dobj={note} prep:to=$target
V114.0060   | 114  | hand dobj={note} prep:to=$target
V114.0061   | 114  | present dobj={note} prep:to=$target
V114.0062   | 114  | send dobj={note} prep:to=$target
V114.0063   | 114  | n:complaint prep:to=$target
V114.0064   | 114  | n:complaint prep:against=$target
V114.0065   | 114  | n:complaint prep:with=$target
V114.0066   | 114  | n:protest prep:to=$target
V114.0067   | 114  | n:note prep:of={protest}
V114.0068   | 114  | raise dobj={issue,matter,concern,concerns,complaint,complaints,objection,objections} prep:with=$target
V114.0069   | 114  | recall dobj={mayor,governor,official,lawmaker,president}
V114.0070   | 114  | n:recall prep:of=*
V114.0071   | 114  | collect dobj={signatures}
V114.0072   | 114  | gather dobj={signatures}

V115.0001   | 115  | sue dobj=*   # brings a lawsuit
V115.0002   | 115  | sue
V115.0003   | 115  | sue dobj=* prep:over=*
V115.0004   | 115  | sue dobj=* prep:for=*
V115.0005   | 115  | file dobj={lawsuit,lawsuits,suit,case,cases,claim,claims,action,proceedings,arbitration} prep:against=$target
V115.0006   | 115  | bring dobj={lawsuit,lawsuits,suit,case,cases,claim,claims,action,proceedings,arbitration} prep:against=$target
V115.0007   | 115  | launch dobj={lawsuit,lawsuits,suit,case,cases,claim,claims,action,proceedings,arbitration} prep:against=$target
V115.0008   | 115  | lodge dobj={lawsuit,lawsuits,suit,case,cases,claim,claims,action,proceedings,arbitration} prep:against=$target
V115.0009   | 115  | initiate dobj={lawsuit,lawsuits,suit,case,cases,claim,claims,action,proceedings,arbitration} prep:against=$target
V115.0010   | 115  | institute dobj={lawsuit,lawsuits,suit,case,cases,claim,claims,action,proceedings,arbitration} prep:against=$target
V115.0011   | 115  | submit dobj={lawsuit,lawsuits,suit,case,cases,claim,claims,action,proceedings,arbitration} prep:against=$target
V115.0012   | 115  | take dobj={lawsuit,lawsuits,suit,case,cases,claim,claims,action,proceedings,arbitration} prep:against=$target
V115.0013   | 115  | file dobj={lawsuit,lawsuits,suit,case,proceedings,arbitration}
V115.0014   | 115  | bring dobj={lawsuit,lawsuits,suit,case,proceedings,arbitration}
V115.0015   | 115  | launch dobj={lawsuit,lawsuits,suit,case,proceedings,arbitration}
V115.0016   | 115  | lodge dobj={lawsuit,lawsuits,suit,case,proceedings,arbitration}
V115.0017   | 115  | initiate dobj={lawsuit,lawsuits,suit,case,proceedings,arbitration}
V115.0018   | 115  | institute dobj={lawsuit,lawsuits,suit,case,proceedings,arbitration}
V115.0019   | 115  | submit dobj={lawsuit,lawsuits,suit,case,proceedings,arbitration}
V115.0020   | 115  | file dobj={lawsuit,suit,case,claim,action,proceedings} prep:at={court,tribunal,icj,arbitration}
V115.0021   | 115  | file dobj={lawsuit,suit,case,claim,action,proceedings} prep:in={court,tribunal,icj,arbitration}
V115.0022   | 115  | file dobj={lawsuit,suit,case,claim,action,proceedings} prep:before={court,tribunal,icj,arbitration}
V115.0023   | 115  | file dobj={lawsuit,suit,case,claim,action,proceedings} prep:with={court,tribunal,icj,arbitration}
V115.0024   | 115  | bring dobj={lawsuit,suit,case,claim,action,proceedings} prep:at={court,tribunal,icj,arbitration}
V115.0025   | 115  | bring dobj={lawsuit,suit,case,claim,action,proceedings} prep:in={court,tribunal,icj,arbitration}
V115.0026   | 115  | bring dobj={lawsuit,suit,case,claim,action,proceedings} prep:before={court,tribunal,icj,arbitration}
V115.0027   | 115  | bring dobj={lawsuit,suit,case,claim,action,proceedings} prep:with={court,tribunal,icj,arbitration}
V115.0028   | 115  | launch dobj={lawsuit,suit,case,claim,action,proceedings} prep:at={court,tribunal,icj,arbitration}
V115.0029   | 115  | launch dobj={lawsuit,suit,case,claim,action,proceedings} prep:in={court,tribunal,icj,arbitration}
V115.0030   | 115  | launch dobj={lawsuit,suit,case,claim,action,proceedings} prep:before={court,tribunal,icj,arbitration}
V115.0031   | 115  | launch dobj={lawsuit,suit,case,claim,action,proceedings} prep:with={court,tribunal,icj,arbitration}
V115.0032   | 115  | lodge dobj={lawsuit,suit,case,claim,action,proceedings} prep:at={court,tribunal,icj,arbitration}
V115.0033   | 115  | lodge dobj={lawsuit,suit,case,claim,action,proceedings} prep:in={court,tribunal,icj,arbitration}
V115.0034   | 115  | lodge dobj={lawsuit,suit,case,claim,action,proceedings} prep:before={court,tribunal,icj,arbitration}
V115.0035   | 115  | lodge dobj={lawsuit,suit,case,claim,action,proceedings} prep:with={court,tribunal,icj,arbitration}
V115.0036   | 115  | initiate dobj={lawsuit,suit,case,claim,action,proceedings} prep:at={court,tribunal,icj,arbitration}
V115.0037   | 115  | initiate dobj={lawsuit,suit,case,claim,action,proceedings} prep:in={court,tribunal,icj,arbitration}
V115.0038   | 115  | initiate dobj={lawsuit,suit,case,claim,action,proceedings} prep:before={court,tribunal,icj,arbitration}
V115.0039   | 115  | initiate dobj={lawsuit,suit,case,claim,action,proceedings} prep:with={court,tribunal,icj,arbitration}
V115.0040   | 115  | take dobj=$target prep:to={court,tribunal,arbitration,icj}
V115.0041   | 115  | drag dobj=$target prep:to={court,tribunal,arbitration,icj}
V115.0042   | 115  | haul dobj=$target prep:to={court,tribunal,arbitration,icj}
V115.0043   | 115  | take dobj=$target prep:before={court,tribunal,judge,icj}
V115.0044   | 115  | drag dobj=$target prep:before={court,tribunal,judge,icj}
V115.0045   | 115  | haul dobj=$target prep:before={court,tribunal,judge,icj}
V115.0046   | 115  | refer dobj=* prep:to={court,tribunal,icc,icj,prosecutor,prosecutors}
V115.0047   | 115  | n:lawsuit prep:against=$target
V115.0048   | 115  | n:suit prep:against=$target
V115.0049   | 115  | n:case prep:against=$target
V115.0050   | 115  | seek dobj={damages,injunction,ruling,order,warrant} prep:from=*
V115.0051   | 115  | seek dobj={damages,injunction,ruling,order,warrant} prep:against=*
V115.0052   | 115  | seek dobj={injunction,damages}
V115.0053   | 115  | litigate dobj=*
V115.0054   | 115  | countersue dobj=*

V116.0001   | 116  | convict dobj=*   # finds guilty or liable
V116.0002   | 116  | convict
V116.0003   | 116  | convict dobj=* prep:of=*
V116.0004   | 116  | find dobj=$target acomp={guilty,liable,responsible,culpable}
V116.0005   | 116  | find dobj=$target xcomp={guilty,liable,responsible,culpable}
V116.0006   | 116  | find xcomp={guilty,liable,culpable}
V116.0007   | 116  | find acomp={guilty,liable,culpable}
V116.0008   | 116  | sentence dobj=*
V116.0009   | 116  | sentence dobj=* prep:to=*
V116.0010   | 116  | sentence
V116.0011   | 116  | rule prep:against=$target
V116.0012   | 116  | rule ccomp=* prep:against=*
V116.0013   | 116  | hand_down dobj={sentence,sentences,verdict,conviction,penalty,penalties,fine,judgment,judgement,ruling}
V116.0014   | 116  | pass dobj={sentence,sentences,verdict,conviction,penalty,penalties,fine,judgment,judgement,ruling}
V116.0015   | 116  | deliver dobj={sentence,sentences,verdict,conviction,penalty,penalties,fine,judgment,judgement,ruling}
V116.0016   | 116  | issue dobj={sentence,sentences,verdict,conviction,penalty,penalties,fine,judgment,judgement,ruling}
V116.0017   | 116  | impose dobj={sentence,sentences,verdict,conviction,penalty,penalties,fine,judgment,judgement,ruling}
V116.0018   | 116  | hand_down dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:on=$target
V116.0019   | 116  | hand_down dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:against=$target
V116.0020   | 116  | hand_down dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:to=$target
V116.0021   | 116  | pass dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:on=$target
V116.0022   | 116  | pass dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:against=$target
V116.0023   | 116  | pass dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:to=$target
V116.0024   | 116  | deliver dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:on=$target
V116.0025   | 116  | deliver dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:against=$target
V116.0026   | 116  | deliver dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:to=$target
V116.0027   | 116  | issue dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:on=$target
V116.0028   | 116  | issue dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:against=$target
V116.0029   | 116  | issue dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:to=$target
V116.0030   | 116  | impose dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:on=$target
V116.0031   | 116  | impose dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:against=$target
V116.0032   | 116  | impose dobj={sentence,sentences,verdict,fine,penalty,judgment} prep:to=$target
V116.0033   | 116  | fine dobj=*
V116.0034   | 116  | penalize dobj=*
V116.0035   | 116  | penalise dobj=*
V116.0036   | 116  | order dobj=$target xcomp={pay,compensate,refund,return,destroy}
V116.0037   | 116  | uphold dobj={conviction,sentence,verdict,ruling,ban,fine}
V116.0038   | 116  | jail dobj=* prep:for={years,months,life,year,month,term,terms}
V116.0039   | 116  | imprison dobj=* prep:for={years,months,life,year,month,term,terms}
V116.0040   | 116  | award dobj={damages,compensation} prep:to=*
V116.0041   | 116  | award dobj={damages,compensation} prep:against=*
V116.0042   | 116  | declare dobj=$target acomp={guilty,liable}
V116.0043   | 116  | n:conviction prep:of=$target
V116.0044   | 116  | n:verdict prep:against=$target

V110.0001   | 110  | oppose dobj=*   # disapproves
V110.0002   | 110  | resent dobj=*
V110.0003   | 110  | dislike dobj=*
V110.0004   | 110  | oppose
V110.0005   | 110  | object
V110.0006   | 110  | object prep:to=*
V110.0007   | 110  | disagree prep:with=*
V110.0008   | 110  | disagree
V110.0009   | 110  | disapprove prep:of=*
V110.0010   | 110  | frown prep:on=*
V110.0011   | 110  | bristle prep:at=*
V110.0012   | 110  | balk prep:at=*
V110.0013   | 110  | baulk prep:at=*
V110.0014   | 110  | chafe prep:at=*
V110.0015   | 110  | recoil prep:at=*
V110.0016   | 110  | take dobj={issue,exception,umbrage,offence,offense} prep:with=*
V110.0017   | 110  | take dobj={issue,exception,umbrage,offence,offense}
V110.0018   | 110  | express dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness,irritation,annoyance,disgust,consternation,fury,ire,discontent,disagreement,exasperation}
V110.0019   | 110  | voice dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness,irritation,annoyance,disgust,consternation,fury,ire,discontent,disagreement,exasperation}
V110.0020   | 110  | convey dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness,irritation,annoyance,disgust,consternation,fury,ire,discontent,disagreement,exasperation}
V110.0021   | 110  | signal dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness,irritation,annoyance,disgust,consternation,fury,ire,discontent,disagreement,exasperation}
V110.0022   | 110  | show dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness,irritation,annoyance,disgust,consternation,fury,ire,discontent,disagreement,exasperation}
V110.0023   | 110  | vent dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness,irritation,annoyance,disgust,consternation,fury,ire,discontent,disagreement,exasperation}
V110.0024   | 110  | express dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:over=*
V110.0025   | 110  | express dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:at=*
V110.0026   | 110  | express dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:with=*
V110.0027   | 110  | express dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:about=*
V110.0028   | 110  | voice dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:over=*
V110.0029   | 110  | voice dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:at=*
V110.0030   | 110  | voice dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:with=*
V110.0031   | 110  | voice dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:about=*
V110.0032   | 110  | convey dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:over=*
V110.0033   | 110  | convey dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:at=*
V110.0034   | 110  | convey dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:with=*
V110.0035   | 110  | convey dobj={displeasure,disapproval,dissatisfaction,disappointment,opposition,outrage,anger,indignation,dismay,objection,objections,frustration,unhappiness} prep:about=*
V110.0036   | 110  | raise dobj={objection,objections}
V110.0037   | 110  | regret dobj={decision,move,remarks,statement,comments,stance,policy,approach,attitude,lack,absence,failure,refusal,vote}
V110.0038   | 110  | question dobj={decision,legitimacy,motives,wisdom,need,validity,move,policy,approach,handling,credibility,integrity,independence,impartiality,neutrality,logic,rationale,fairness,legality,basis}
V110.0039   | 110  | protest dobj=*
V110.0040   | 110  | protest prep:to=$target
V110.0041   | 110  | dispute dobj={decision,ruling,result,results,figures,account,version,assessment,characterization,characterisation,legitimacy,sovereignty}
V110.0042   | 110  | dispute dobj=$target
V110.0043   | 110  | warn dobj=$target prep:against={interference,meddling,lecturing}
V110.0044   | 110  | reject dobj={criticism,interference,meddling,lecturing}
V110.0045   | 110  | n:opposition prep:to=*
V110.0046   | 110  | remain acomp={opposed,critical,unhappy,displeased,dissatisfied}
