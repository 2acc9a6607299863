# Verb and event-noun patterns for CAMEO root 06 (engage in material cooperation).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V061.0001   | 061  | trade prep:with=$target   # cooperate economically
V061.0002   | 061  | trade dobj=* prep:with=$target
V061.0003   | 061  | invest prep:in=$target
V061.0004   | 061  | invest dobj=* prep:in=$target
V061.0005   | 061  | invest dobj={billion,billions,million,millions,money,funds,capital}
V061.0006   | 061  | export dobj={oil,gas,grain,wheat,coal,goods,products,crude,lng,energy,electricity,fertilizer,fertiliser,chips,semiconductors,minerals,timber,uranium,corn,soybeans,rice,steel,iron,copper,lithium} prep:to=$target
V061.0007   | 061  | ship dobj={oil,gas,grain,wheat,coal,goods,products,crude,lng,energy,electricity,fertilizer,fertiliser,chips,semiconductors,minerals,timber,uranium,corn,soybeans,rice,steel,iron,copper,lithium} prep:to=$target
V061.0008   | 061  | sell dobj={oil,gas,grain,wheat,coal,goods,products,crude,lng,energy,electricity,fertilizer,fertiliser,chips,semiconductors,minerals,timber,uranium,corn,soybeans,rice,steel,iron,copper,lithium} prep:to=$target
V061.0009   | 061  | export dobj=* prep:to=$target
V061.0010   | 061  | import dobj={oil,gas,grain,wheat,coal,goods,products,crude,lng,energy,electricity,fertilizer,fertiliser,chips,semiconductors,minerals,timber,uranium,corn,soybeans,rice,steel,iron,copper,lithium} prep:from=$target
V061.0011   | 061  | buy dobj={oil,gas,grain,wheat,coal,goods,products,crude,lng,energy,electricity,fertilizer,fertiliser,chips,semiconductors,minerals,timber,uranium,corn,soybeans,rice,steel,iron,copper,lithium} prep:from=$target
V061.0012   | 061  | purchase dobj={oil,gas,grain,wheat,coal,goods,products,crude,lng,energy,electricity,fertilizer,fertiliser,chips,semiconductors,minerals,timber,uranium,corn,soybeans,rice,steel,iron,copper,lithium} prep:from=$target
V061.0013   | 061  | import dobj=* prep:from=$target
V061.0014   | 061  | supply dobj={oil,gas,energy,electricity,power,grain,coal,lng,crude,uranium} prep:to=$target
V061.0015   | 061  | supply dobj=$target prep:with={oil,gas,energy,electricity,power,grain,coal,lng}
V061.0016   | 061  | expand dobj={trade,investment,investments,exports,imports,commerce,tourism,flights,connectivity}
V061.0017   | 061  | boost dobj={trade,investment,investments,exports,imports,commerce,tourism,flights,connectivity}
V061.0018   | 061  | increase dobj={trade,investment,investments,exports,imports,commerce,tourism,flights,connectivity}
V061.0019   | 061  | double dobj={trade,investment,investments,exports,imports,commerce,tourism,flights,connectivity}
V061.0020   | 061  | deepen dobj={trade,investment,investments,exports,imports,commerce,tourism,flights,connectivity}
V061.0021   | 061  | diversify dobj={trade,investment,investments,exports,imports,commerce,tourism,flights,connectivity}
V061.0022   | 061  | promote dobj={trade,investment,investments,exports,imports,commerce,tourism,flights,connectivity}
V061.0023   | 061  | facilitate dobj={trade,investment,investments,exports,imports,commerce,tourism,flights,connectivity}
V061.0024   | 061  | liberalize dobj={trade,investment,investments,exports,imports,commerce,tourism,flights,connectivity}
V061.0025   | 061  | liberalise dobj={trade,investment,investments,exports,imports,commerce,tourism,flights,connectivity}
V061.0026   | 061  | expand dobj={trade,investment,investments,exports,imports,commerce} prep:with=$target
V061.0027   | 061  | boost dobj={trade,investment,investments,exports,imports,commerce} prep:with=$target
V061.0028   | 061  | increase dobj={trade,investment,investments,exports,imports,commerce} prep:with=$target
V061.0029   | 061  | double dobj={trade,investment,investments,exports,imports,commerce} prep:with=$target
V061.0030   | 061  | deepen dobj={trade,investment,investments,exports,imports,commerce} prep:with=$target
V061.0031   | 061  | diversify dobj={trade,investment,investments,exports,imports,commerce} prep:with=$target
V061.0032   | 061  | promote dobj={trade,investment,investments,exports,imports,commerce} prep:with=$target
V061.0033   | 061  | open dobj={market,markets,economy,sector} prep:to=$target
V061.0034   | 061  | grant dobj={access} prep:to={market,markets}
V061.0035   | 061  | lower dobj={duty,duties,barrier,barriers,quota,quotas}
V061.0036   | 061  | cut dobj={duty,duties,barrier,barriers,quota,quotas}
V061.0037   | 061  | reduce dobj={duty,duties,barrier,barriers,quota,quotas}
V061.0038   | 061  | slash dobj={duty,duties,barrier,barriers,quota,quotas}
V061.0039   | 061  | eliminate dobj={duty,duties,barrier,barriers,quota,quotas}
V061.0040   | 061  | remove dobj={duty,duties,barrier,barriers,quota,quotas}
V061.0041   | 061  | abolish dobj={duty,duties,barrier,barriers,quota,quotas}
V061.0042   | 061  | scrap dobj={duty,duties,barrier,barriers,quota,quotas}
V061.0043   | 061  | resume dobj={trade,flights,imports,exports,investment}
V061.0044   | 061  | open dobj={route,routes,corridor,link,flights} prep:to=$target
V061.0045   | 061  | resume dobj={flights} prep:to=$target
V061.0046   | 061  | sign dobj={contract,contracts,deal,deals} prep:for={supply,purchase,delivery,construction}
V061.0047   | 061  | n:trade prep:with=$target

V062.0001   | 062  | hold dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,wargames,war-games,patrol,patrols,training} prep:with=$target   # cooperate militarily
V062.0002   | 062  | conduct dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,wargames,war-games,patrol,patrols,training} prep:with=$target
V062.0003   | 062  | stage dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,wargames,war-games,patrol,patrols,training} prep:with=$target
V062.0004   | 062  | launch dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,wargames,war-games,patrol,patrols,training} prep:with=$target
V062.0005   | 062  | begin dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,wargames,war-games,patrol,patrols,training} prep:with=$target
V062.0006   | 062  | start dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,wargames,war-games,patrol,patrols,training} prep:with=$target
V062.0007   | 062  | carry_out dobj={exercise,exercises,drill,drills,maneuvers,manoeuvres,wargames,war-games,patrol,patrols,training} prep:with=$target
V062.0008   | 062  | n:exercises prep:with=$target
V062.0009   | 062  | n:exercise prep:with=$target
V062.0010   | 062  | n:drills prep:with=$target
V062.0011   | 062  | n:maneuvers prep:with=$target
V062.0012   | 062  | train prep:with=$target
V062.0013   | 062  | patrol prep:with=$target
V062.0014   | 062  | sell dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,system,systems,submarine,submarines,frigate,frigates,f-35,f-16,f-16s,f-35s,aircraft} prep:to=$target
V062.0015   | 062  | sell dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V062.0016   | 062  | buy dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,system,systems,submarine,submarines,frigate,frigates,f-35,f-16,f-16s,f-35s} prep:from=$target
V062.0017   | 062  | purchase dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,system,systems,submarine,submarines,frigate,frigates,f-35,f-16,f-16s,f-35s} prep:from=$target
V062.0018   | 062  | acquire dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,system,systems,submarine,submarines,frigate,frigates,f-35,f-16,f-16s,f-35s} prep:from=$target
V062.0019   | 062  | order dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,system,systems,submarine,submarines,frigate,frigates,f-35,f-16,f-16s,f-35s} prep:from=$target
V062.0020   | 062  | procure dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles,system,systems,submarine,submarines,frigate,frigates,f-35,f-16,f-16s,f-35s} prep:from=$target
V062.0021   | 062  | buy dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V062.0022   | 062  | purchase dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V062.0023   | 062  | acquire dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V062.0024   | 062  | procure dobj={weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,tank,tanks,jet,jets,fighter,fighters,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,warship,warships,interceptor,interceptors,launcher,launchers,shell,shells,rifle,rifles}
V062.0025   | 062  | station dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks} prep:in=$target
V062.0026   | 062  | base dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks} prep:in=$target
V062.0027   | 062  | allow dobj={troops,forces,warships} prep:to={use,transit}
V062.0028   | 062  | grant dobj={access} prep:to={base,bases,ports,airspace,port}
V062.0029   | 062  | open dobj={base,bases,airspace,ports} prep:to=$target
V062.0030   | 062  | co-produce dobj=*
V062.0031   | 062  | coproduce dobj=*
V062.0032   | 062  | co-develop dobj=*
V062.0033   | 062  | join dobj={exercise,exercises,drills,patrols,operation,mission}
V062.0034   | 062  | n:alliance prep:with=$target
V062.0035   | 062  | n:pact prep:with=$target

V063.0001   | 063  | extradite dobj=* prep:to=$target   # judicial cooperation
V063.0002   | 063  | extradite dobj=*
V063.0003   | 063  | extradite
V063.0004   | 063  | hand_over dobj={suspect,suspects,fugitive,fugitives,accused,defendant,criminal,criminals,terrorist,terrorists,militant,militants} prep:to=$target
V063.0005   | 063  | hand_over dobj={suspect,suspects,fugitive,fugitives,accused,defendant}
V063.0006   | 063  | surrender dobj={suspect,suspects,fugitive,fugitives} prep:to=$target
V063.0007   | 063  | n:extradition prep:to=$target
V063.0008   | 063  | approve dobj={extradition}
V063.0009   | 063  | grant dobj={extradition}
V063.0010   | 063  | authorize dobj={extradition}
V063.0011   | 063  | authorise dobj={extradition}
V063.0012   | 063  | order dobj={extradition}
V063.0013   | 063  | execute dobj={warrant,warrants}
V063.0014   | 063  | enforce dobj={warrant,warrants}
V063.0015   | 063  | cooperate prep:with={investigation,investigators,probe,court,tribunal,prosecutors,inquiry}
V063.0016   | 063  | assist dobj={investigation,investigators,probe,prosecutors,inquiry}
V063.0017   | 063  | arrest dobj=* prep:on={behalf,request}
V063.0018   | 063  | sign dobj={treaty,agreement} prep:on={extradition,assistance}
V063.0019   | 063  | transfer dobj={prisoner,prisoners,suspect,suspects,detainee,detainees} prep:to=$target

V064.0001   | 064  | share dobj={intelligence,information,data,evidence,findings,files,records,details,documents,intel}   # share intelligence or information
V064.0002   | 064  | exchange dobj={intelligence,information,data,evidence,findings,files,records,details,documents,intel}
V064.0003   | 064  | swap dobj={intelligence,information,data,evidence,findings,files,records,details,documents,intel}
V064.0004   | 064  | pool dobj={intelligence,information,data,evidence,findings,files,records,details,documents,intel}
V064.0005   | 064  | share dobj={intelligence,information,data,evidence,findings,files,records,details,documents,intel} prep:with=$target
V064.0006   | 064  | provide dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0007   | 064  | pass dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0008   | 064  | hand dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0009   | 064  | give dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0010   | 064  | supply dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0011   | 064  | transmit dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0012   | 064  | hand_over dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0013   | 064  | forward dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0014   | 064  | submit dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0015   | 064  | send dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0016   | 064  | deliver dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0017   | 064  | leak dobj={intelligence,intel,information,data,evidence,documents,files,records,details,coordinates,tip,tips,dossier,findings,report,list,names} prep:to=$target
V064.0018   | 064  | provide dobj={intelligence,intel,evidence,documents,files,records,dossier,coordinates}
V064.0019   | 064  | pass dobj={intelligence,intel,evidence,documents,files,records,dossier,coordinates}
V064.0020   | 064  | hand_over dobj={intelligence,intel,evidence,documents,files,records,dossier,coordinates}
V064.0021   | 064  | supply dobj={intelligence,intel,evidence,documents,files,records,dossier,coordinates}
V064.0022   | 064  | submit dobj={intelligence,intel,evidence,documents,files,records,dossier,coordinates}
V064.0023   | 064  | turn_over dobj={intelligence,intel,evidence,documents,files,records,dossier,coordinates}
V064.0024   | 064  | give iobj=$target dobj={intelligence,information,evidence,data,documents}
V064.0025   | 064  | provide iobj=$target dobj={intelligence,information,evidence,data,documents}
V064.0026   | 064  | declassify dobj={intelligence,files,documents,records,evidence,findings,data,report,dossier}
V064.0027   | 064  | release dobj={intelligence,files,documents,records,evidence,findings,data,report,dossier}
V064.0028   | 064  | publish dobj={intelligence,files,documents,records,evidence,findings,data,report,dossier}
V064.0029   | 064  | disclose dobj={intelligence,files,documents,records,evidence,findings,data,report,dossier}
V064.0030   | 064  | reveal dobj={intelligence,files,documents,records,evidence,findings,data,report,dossier}
V064.0031   | 064  | make_public dobj={intelligence,files,documents,records,evidence,findings,data,report,dossier}
V064.0032   | 064  | tip_off dobj=*
V064.0033   | 064  | alert dobj=$target prep:about={plot,plots,attack,attacks,threat,threats,plan,plans}
V064.0034   | 064  | warn dobj=$target prep:about={plot,plots,attack,attacks,threat,threats,plan,plans}
V064.0035   | 064  | alert dobj=$target
V064.0036   | 064  | tip dobj=$target

V060.0001   | 060  | team_up prep:with=$target   # material cooperation
V060.0002   | 060  | join_forces prep:with=$target
V060.0003   | 060  | partner prep:with=$target
V060.0004   | 060  | collaborate prep:with=$target
V060.0005   | 060  | collaborate prep:on=*
V060.0006   | 060  | launch dobj={venture,joint-venture,consortium,fund,project,projects,partnership} prep:with=$target
V060.0007   | 060  | start dobj={venture,joint-venture,consortium,fund,project,projects,partnership} prep:with=$target
V060.0008   | 060  | set_up dobj={venture,joint-venture,consortium,fund,project,projects,partnership} prep:with=$target
V060.0009   | 060  | establish dobj={venture,joint-venture,consortium,fund,project,projects,partnership} prep:with=$target
V060.0010   | 060  | create dobj={venture,joint-venture,consortium,fund,project,projects,partnership} prep:with=$target
V060.0011   | 060  | build dobj={pipeline,railway,railroad,plant,port,road,bridge,dam,reactor,factory,corridor,refinery} prep:with=$target
V060.0012   | 060  | construct dobj={pipeline,railway,railroad,plant,port,road,bridge,dam,reactor,factory,corridor,refinery} prep:with=$target
V060.0013   | 060  | develop dobj={pipeline,railway,railroad,plant,port,road,bridge,dam,reactor,factory,corridor,refinery} prep:with=$target
V060.0014   | 060  | coordinate dobj={efforts,operations,action,response} prep:with=$target

# Added in the 2026-11 review.
V060.7001   | 060  | share dobj={expertise,know-how,technology,experience,skills,training,knowledge} prep:with=$target   # shares expertise
V064.7001   | 064  | hand_over dobj={list,lists,names,coordinates,dossier}
