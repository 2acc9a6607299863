# Verb and event-noun patterns for CAMEO root 19 (fight).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs
# "strike" is left out of the object sets of stage, begin, start, hold, call,
# go on and end: with those verbs it is mostly a labour or hunger strike (14x).

V191.0001   | 191  | blockade dobj=*   # imposes blockade or restricts movement
V191.0002   | 191  | besiege dobj=*
V191.0003   | 191  | encircle dobj=*
V191.0004   | 191  | surround dobj=*
V191.0005   | 191  | cordon_off dobj=*
V191.0006   | 191  | seal_off dobj=*
V191.0007   | 191  | starve dobj=*
V191.0008   | 191  | lay dobj={siege,blockade,cordon,encirclement,no-fly}
V191.0009   | 191  | impose dobj={siege,blockade,cordon,encirclement,no-fly}
V191.0010   | 191  | tighten dobj={siege,blockade,cordon,encirclement,no-fly}
V191.0011   | 191  | maintain dobj={siege,blockade,cordon,encirclement,no-fly}
V191.0012   | 191  | enforce dobj={siege,blockade,cordon,encirclement,no-fly}
V191.0013   | 191  | declare dobj={siege,blockade,cordon,encirclement,no-fly}
V191.0014   | 191  | lay dobj={siege} prep:to=*
V191.0015   | 191  | impose dobj={blockade,siege,closure,cordon} prep:on=$target
V191.0016   | 191  | tighten dobj={blockade,siege,closure,cordon} prep:on=$target
V191.0017   | 191  | enforce dobj={blockade,siege,closure,cordon} prep:on=$target
V191.0018   | 191  | seal dobj={strait,straits,port,ports,harbor,harbour,waters,sea,lanes,shipping,gulf,canal}
V191.0019   | 191  | close dobj={strait,straits,port,ports,harbor,harbour,waters,sea,lanes,shipping,gulf,canal}
V191.0020   | 191  | seal dobj={border,borders,area,city,town,crossing,crossings,entrance,exits,region,enclave,strip,district}
V191.0021   | 191  | cut_off dobj={city,town,area,enclave,region,road,roads,route,routes,corridor,supply,supplies,access,strip,district,neighborhood,neighbourhood}
V191.0022   | 191  | block dobj={strait,straits,channel,shipping,lanes,waterway,canal,harbor,harbour,port,ports,sea}
V191.0023   | 191  | close dobj={strait,straits,channel,shipping,lanes,waterway,canal,harbor,harbour,port,ports,sea}
V191.0024   | 191  | mine dobj={strait,straits,channel,shipping,lanes,waterway,canal,harbor,harbour,port,ports,sea}
V191.0025   | 191  | trap dobj={civilians,residents,people,troops,soldiers,fighters,thousands}
V191.0026   | 191  | n:blockade prep:of=$target
V191.0027   | 191  | n:blockade prep:of=*
V191.0028   | 191  | n:blockade prep:on=*
V191.0029   | 191  | n:siege prep:of=*
V191.0030   | 191  | n:encirclement prep:of=*

V192.0001   | 192  | capture dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}   # occupies territory
V192.0002   | 192  | seize dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0003   | 192  | take dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0004   | 192  | overrun dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0005   | 192  | conquer dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0006   | 192  | take_over dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0007   | 192  | retake dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0008   | 192  | recapture dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0009   | 192  | liberate dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0010   | 192  | reclaim dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0011   | 192  | regain dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0012   | 192  | occupy dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0013   | 192  | wrest dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0014   | 192  | secure dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0015   | 192  | control dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0016   | 192  | enter dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0017   | 192  | storm dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0018   | 192  | win dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0019   | 192  | grab dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0020   | 192  | annex dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0021   | 192  | absorb dobj={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0022   | 192  | occupy dobj=*
V192.0023   | 192  | annex dobj=*
V192.0024   | 192  | invade dobj=*
V192.0025   | 192  | overrun dobj=*
V192.0026   | 192  | conquer dobj=*
V192.0027   | 192  | annex
V192.0028   | 192  | invade
V192.0029   | 192  | conquer
V192.0030   | 192  | occupy dobj=$target
V192.0031   | 192  | capture dobj=$target
V192.0032   | 192  | seize dobj=$target
V192.0033   | 192  | retake dobj=$target
V192.0034   | 192  | recapture dobj=$target
V192.0035   | 192  | overrun dobj=$target
V192.0036   | 192  | liberate dobj=$target
V192.0037   | 192  | conquer dobj=$target
V192.0038   | 192  | take dobj={control} prep:of=*
V192.0039   | 192  | take dobj={control} prep:over=*
V192.0040   | 192  | seize dobj={control} prep:of=*
V192.0041   | 192  | seize dobj={control} prep:over=*
V192.0042   | 192  | gain dobj={control} prep:of=*
V192.0043   | 192  | gain dobj={control} prep:over=*
V192.0044   | 192  | assume dobj={control} prep:of=*
V192.0045   | 192  | assume dobj={control} prep:over=*
V192.0046   | 192  | wrest dobj={control} prep:of=*
V192.0047   | 192  | wrest dobj={control} prep:over=*
V192.0048   | 192  | win dobj={control} prep:of=*
V192.0049   | 192  | win dobj={control} prep:over=*
V192.0050   | 192  | establish dobj={control} prep:of=*
V192.0051   | 192  | establish dobj={control} prep:over=*
V192.0052   | 192  | tighten dobj={control} prep:of=*
V192.0053   | 192  | tighten dobj={control} prep:over=*
V192.0054   | 192  | extend dobj={control} prep:of=*
V192.0055   | 192  | extend dobj={control} prep:over=*
V192.0056   | 192  | consolidate dobj={control} prep:of=*
V192.0057   | 192  | consolidate dobj={control} prep:over=*
V192.0058   | 192  | take dobj={control}
V192.0059   | 192  | seize dobj={control}
V192.0060   | 192  | gain dobj={control}
V192.0061   | 192  | wrest dobj={control}
V192.0062   | 192  | march prep:into=*
V192.0063   | 192  | advance prep:into=*
V192.0064   | 192  | push prep:into=*
V192.0065   | 192  | roll prep:into=*
V192.0066   | 192  | pour prep:into=*
V192.0067   | 192  | move prep:into=*
V192.0068   | 192  | drive prep:into=*
V192.0069   | 192  | sweep prep:into=*
V192.0070   | 192  | break prep:into=*
V192.0071   | 192  | cross dobj={border,frontier,line,river} prep:into=*
V192.0072   | 192  | cross prep:into=$target
V192.0073   | 192  | push dobj={troops,forces,militants,rebels,enemy,fighters,army} prep:from=*
V192.0074   | 192  | drive dobj={troops,forces,militants,rebels,enemy,fighters,army} prep:from=*
V192.0075   | 192  | force dobj={troops,forces,militants,rebels,enemy,fighters,army} prep:from=*
V192.0076   | 192  | drive_out dobj={troops,forces,militants,rebels,enemy,fighters,army,insurgents,jihadists,terrorists,occupiers,invaders}
V192.0077   | 192  | push_out dobj={troops,forces,militants,rebels,enemy,fighters,army,insurgents,jihadists,terrorists,occupiers,invaders}
V192.0078   | 192  | push_back dobj={troops,forces,militants,rebels,enemy,fighters,army,insurgents,jihadists,terrorists,occupiers,invaders}
V192.0079   | 192  | force_out dobj={troops,forces,militants,rebels,enemy,fighters,army,insurgents,jihadists,terrorists,occupiers,invaders}
V192.0080   | 192  | flush_out dobj={troops,forces,militants,rebels,enemy,fighters,army,insurgents,jihadists,terrorists,occupiers,invaders}
V192.0081   | 192  | dislodge dobj={troops,forces,militants,rebels,enemy,fighters,army,insurgents,jihadists,terrorists,occupiers,invaders}
V192.0082   | 192  | plant dobj={flag,flags} prep:in=*
V192.0083   | 192  | plant dobj={flag,flags} prep:on=*
V192.0084   | 192  | plant dobj={flag,flags} prep:over=*
V192.0085   | 192  | raise dobj={flag,flags} prep:over=*
V192.0086   | 192  | hoist dobj={flag,flags} prep:over=*
V192.0087   | 192  | n:invasion prep:of=$target
V192.0088   | 192  | n:invasion prep:of=*
V192.0089   | 192  | n:occupation prep:of=$target
V192.0090   | 192  | n:occupation prep:of=*
V192.0091   | 192  | n:annexation prep:of=*
V192.0092   | 192  | n:capture prep:of={city,town,village,territory,area,airport,base,bases,control,region,province,capital,island,islands,border,crossing,port,oilfield,oilfields,positions,position,hill,district,villages,towns,cities,settlement,settlements,strip,enclave,peninsula,bank,heights,valley,corridor,highway,road,junction,outskirts,suburb,suburbs,neighborhood,neighbourhood,stronghold,strongholds,garrison,airbase,headquarters,palace,refinery,plant,mine,mines,dam,bridge,county,state,governorate,oblast,frontline}
V192.0093   | 192  | n:fall prep:of={city,town,village,capital,base,airport,stronghold}
V192.0094   | 192  | n:takeover prep:of=*
V192.0095   | 192  | n:incursion prep:into=*
V192.0096   | 192  | n:offensive prep:on={city,town,village,capital,base,airport,stronghold}

V193.0001   | 193  | open dobj={fire}   # fights with small arms and light weapons
V193.0002   | 193  | open dobj={fire} prep:on=$target
V193.0003   | 193  | open dobj={fire} prep:at=$target
V193.0004   | 193  | open dobj={fire} prep:on=*
V193.0005   | 193  | open dobj={fire} prep:at=*
V193.0006   | 193  | shoot dobj=*
V193.0007   | 193  | gun_down dobj=*
V193.0008   | 193  | shoot_dead dobj=*
V193.0009   | 193  | shoot prep:at=*
V193.0010   | 193  | shoot prep:at=$target
V193.0011   | 193  | fire prep:at=*
V193.0012   | 193  | fire prep:on=*
V193.0013   | 193  | fire prep:upon=*
V193.0014   | 193  | fire dobj={shot,shots,bullets,rounds,gunfire,volleys,bursts,mortar,mortars,rifles,guns,machine-guns,machine-gun,grenade,grenades,rpg,rpgs} prep:at=*
V193.0015   | 193  | fire dobj={shot,shots,bullets,rounds,gunfire,volleys,bursts,mortar,mortars,rifles,guns,machine-guns,machine-gun,grenade,grenades,rpg,rpgs} prep:on=*
V193.0016   | 193  | fire dobj={shot,shots,bullets,rounds,gunfire,volleys,bursts,mortar,mortars,rifles,guns,machine-guns,machine-gun,grenade,grenades,rpg,rpgs} prep:into=*
V193.0017   | 193  | fire dobj={shot,shots,bullets,rounds,gunfire,mortar,mortars,rpg,rpgs}
V193.0018   | 193  | exchange dobj={fire,gunfire,shots}
V193.0019   | 193  | exchange dobj={fire,gunfire,shots} prep:with=$target
V193.0020   | 193  | snipe prep:at=*
V193.0021   | 193  | machine-gun dobj=*
V193.0022   | 193  | machinegun dobj=*
V193.0023   | 193  | pick_off dobj=*
V193.0024   | 193  | engage prep:in={gunfight,firefight,gunbattle,battle,shootout,shoot-out,exchange,clashes}
V193.0025   | 193  | n:gunfight prep:with=$target
V193.0026   | 193  | n:firefight prep:with=$target
V193.0027   | 193  | n:gunbattle prep:with=$target
V193.0028   | 193  | n:shootout prep:with=$target
V193.0029   | 193  | n:gunfire prep:from=*
V193.0030   | 193  | n:exchange prep:of={fire,gunfire}
V193.0031   | 193  | ambush dobj=*
V193.0032   | 193  | ambush

V194.0001   | 194  | shell dobj=*   # fights with artillery and tanks
V194.0002   | 194  | bombard dobj=*
V194.0003   | 194  | pound dobj=*
V194.0004   | 194  | blitz dobj=*
V194.0005   | 194  | hammer dobj=*
V194.0006   | 194  | shell
V194.0007   | 194  | bombard
V194.0008   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,grad,grads,howitzer,howitzers,projectile,projectiles,katyusha,katyushas,ballistic,cruise,munitions,volley}
V194.0009   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,grad,grads,howitzer,howitzers,projectile,projectiles,katyusha,katyushas,ballistic,cruise,munitions,volley}
V194.0010   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,grad,grads,howitzer,howitzers,projectile,projectiles,katyusha,katyushas,ballistic,cruise,munitions,volley}
V194.0011   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:at=*
V194.0012   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:on=*
V194.0013   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:into=*
V194.0014   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:toward=*
V194.0015   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:towards=*
V194.0016   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:against=*
V194.0017   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:at=*
V194.0018   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:on=*
V194.0019   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:into=*
V194.0020   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:toward=*
V194.0021   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:towards=*
V194.0022   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:against=*
V194.0023   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:at=*
V194.0024   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:on=*
V194.0025   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:into=*
V194.0026   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:toward=*
V194.0027   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:towards=*
V194.0028   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:against=*
V194.0029   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:at=$target
V194.0030   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:on=$target
V194.0031   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:into=$target
V194.0032   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:toward=$target
V194.0033   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:towards=$target
V194.0034   | 194  | fire dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:against=$target
V194.0035   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:at=$target
V194.0036   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:on=$target
V194.0037   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:into=$target
V194.0038   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:toward=$target
V194.0039   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:towards=$target
V194.0040   | 194  | launch dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:against=$target
V194.0041   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:at=$target
V194.0042   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:on=$target
V194.0043   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:into=$target
V194.0044   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:toward=$target
V194.0045   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:towards=$target
V194.0046   | 194  | lob dobj={rocket,rockets,missile,missiles,shell,shells,artillery,salvo,salvos,barrage,barrages,projectile,projectiles,ballistic,cruise,munitions} prep:against=$target
V194.0047   | 194  | rain dobj={rockets,shells,missiles,bombs,fire} prep:on=*
V194.0048   | 194  | rain dobj={rockets,shells,missiles,bombs,fire} prep:down=*
V194.0049   | 194  | target dobj=* prep:with={artillery,rockets,missiles,shells,tanks,mortars,howitzers,rocket,missile,shell,fire}
V194.0050   | 194  | hit dobj=* prep:with={artillery,rockets,missiles,shells,tanks,mortars,howitzers,rocket,missile,shell,fire}
V194.0051   | 194  | strike dobj=* prep:with={artillery,rockets,missiles,shells,tanks,mortars,howitzers,rocket,missile,shell,fire}
V194.0052   | 194  | attack dobj=* prep:with={artillery,rockets,missiles,shells,tanks,mortars,howitzers,rocket,missile,shell,fire}
V194.0053   | 194  | pound dobj=* prep:with={artillery,rockets,missiles,shells,tanks,mortars,howitzers,rocket,missile,shell,fire}
V194.0054   | 194  | n:shelling prep:of=*
V194.0055   | 194  | n:shelling prep:by=*
V194.0056   | 194  | n:bombardment prep:of=*
V194.0057   | 194  | n:barrage prep:of=*
V194.0058   | 194  | n:rocket_attack
V194.0059   | 194  | n:missile_attack
V194.0060   | 194  | n:missile_strike
V194.0061   | 194  | n:rocket_fire prep:from=*
V194.0062   | 194  | hit prep:with={missile,missiles,rocket,rockets}
V194.0063   | 194  | strike prep:with={missile,missiles,rocket,rockets}
V194.0064   | 194  | shell prep:from=*
V194.0065   | 194  | shell prep:across=*
V194.0066   | 194  | bombard prep:from=*
V194.0067   | 194  | bombard prep:across=*
V194.0068   | 194  | pound prep:from=*
V194.0069   | 194  | pound prep:across=*

V195.0001   | 195  | launch dobj={wave,series,round,campaign} prep:of={airstrikes,air-strikes,airstrike,bombings,sorties}   # employs aerial weapons
V195.0002   | 195  | carry_out dobj={wave,series,round,campaign} prep:of={airstrikes,air-strikes,airstrike,bombings,sorties}
V195.0003   | 195  | mount dobj={wave,series,round,campaign} prep:of={airstrikes,air-strikes,airstrike,bombings,sorties}
V195.0004   | 195  | conduct dobj={wave,series,round,campaign} prep:of={airstrikes,air-strikes,airstrike,bombings,sorties}
V195.0005   | 195  | unleash dobj={wave,series,round,campaign} prep:of={airstrikes,air-strikes,airstrike,bombings,sorties}
V195.0006   | 195  | bomb dobj=*
V195.0007   | 195  | strafe dobj=*
V195.0008   | 195  | dive-bomb dobj=*
V195.0009   | 195  | carpet-bomb dobj=*
V195.0010   | 195  | bomb
V195.0011   | 195  | carry_out dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties}
V195.0012   | 195  | launch dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties}
V195.0013   | 195  | conduct dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties}
V195.0014   | 195  | stage dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties}
V195.0015   | 195  | order dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties}
V195.0016   | 195  | mount dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties}
V195.0017   | 195  | unleash dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties}
V195.0018   | 195  | step_up dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties}
V195.0019   | 195  | intensify dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties}
V195.0020   | 195  | carry_out dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=$target
V195.0021   | 195  | carry_out dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=$target
V195.0022   | 195  | carry_out dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=$target
V195.0023   | 195  | carry_out dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=$target
V195.0024   | 195  | launch dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=$target
V195.0025   | 195  | launch dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=$target
V195.0026   | 195  | launch dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=$target
V195.0027   | 195  | launch dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=$target
V195.0028   | 195  | conduct dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=$target
V195.0029   | 195  | conduct dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=$target
V195.0030   | 195  | conduct dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=$target
V195.0031   | 195  | conduct dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=$target
V195.0032   | 195  | stage dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=$target
V195.0033   | 195  | stage dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=$target
V195.0034   | 195  | stage dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=$target
V195.0035   | 195  | stage dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=$target
V195.0036   | 195  | order dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=$target
V195.0037   | 195  | order dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=$target
V195.0038   | 195  | order dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=$target
V195.0039   | 195  | order dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=$target
V195.0040   | 195  | mount dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=$target
V195.0041   | 195  | mount dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=$target
V195.0042   | 195  | mount dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=$target
V195.0043   | 195  | mount dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=$target
V195.0044   | 195  | unleash dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=$target
V195.0045   | 195  | unleash dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=$target
V195.0046   | 195  | unleash dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=$target
V195.0047   | 195  | unleash dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=$target
V195.0048   | 195  | carry_out dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=*
V195.0049   | 195  | carry_out dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=*
V195.0050   | 195  | carry_out dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=*
V195.0051   | 195  | carry_out dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=*
V195.0052   | 195  | launch dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=*
V195.0053   | 195  | launch dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=*
V195.0054   | 195  | launch dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=*
V195.0055   | 195  | launch dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=*
V195.0056   | 195  | conduct dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=*
V195.0057   | 195  | conduct dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=*
V195.0058   | 195  | conduct dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=*
V195.0059   | 195  | conduct dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=*
V195.0060   | 195  | stage dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=*
V195.0061   | 195  | stage dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=*
V195.0062   | 195  | stage dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=*
V195.0063   | 195  | stage dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=*
V195.0064   | 195  | order dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=*
V195.0065   | 195  | order dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=*
V195.0066   | 195  | order dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=*
V195.0067   | 195  | order dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=*
V195.0068   | 195  | mount dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=*
V195.0069   | 195  | mount dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=*
V195.0070   | 195  | mount dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=*
V195.0071   | 195  | mount dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=*
V195.0072   | 195  | unleash dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:on=*
V195.0073   | 195  | unleash dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:against=*
V195.0074   | 195  | unleash dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:in=*
V195.0075   | 195  | unleash dobj={airstrike,airstrikes,air-strike,air-strikes,sortie,sorties} prep:near=*
V195.0076   | 195  | drop dobj={bomb,bombs,munitions,barrels,explosives,ordnance,payload} prep:on=*
V195.0077   | 195  | drop dobj={bomb,bombs,munitions,barrels,explosives,ordnance,payload} prep:over=*
V195.0078   | 195  | drop dobj={bomb,bombs,munitions,barrels,explosives,ordnance,payload} prep:onto=*
V195.0079   | 195  | drop dobj={bomb,bombs,munitions,ordnance,payload}
V195.0080   | 195  | attack dobj=* prep:with={drone,drones,aircraft,jets,planes,helicopters,warplanes,bombers,airstrikes,bombs,air-strikes,gunships,uav,uavs}
V195.0081   | 195  | hit dobj=* prep:with={drone,drones,aircraft,jets,planes,helicopters,warplanes,bombers,airstrikes,bombs,air-strikes,gunships,uav,uavs}
V195.0082   | 195  | strike dobj=* prep:with={drone,drones,aircraft,jets,planes,helicopters,warplanes,bombers,airstrikes,bombs,air-strikes,gunships,uav,uavs}
V195.0083   | 195  | target dobj=* prep:with={drone,drones,aircraft,jets,planes,helicopters,warplanes,bombers,airstrikes,bombs,air-strikes,gunships,uav,uavs}
V195.0084   | 195  | bomb dobj=* prep:with={drone,drones,aircraft,jets,planes,helicopters,warplanes,bombers,airstrikes,bombs,air-strikes,gunships,uav,uavs}
V195.0085   | 195  | pound dobj=* prep:with={drone,drones,aircraft,jets,planes,helicopters,warplanes,bombers,airstrikes,bombs,air-strikes,gunships,uav,uavs}
V195.0086   | 195  | fly dobj={sorties,missions,raids} prep:over=*
V195.0087   | 195  | fly dobj={sorties,missions,raids} prep:against=*
V195.0088   | 195  | fly dobj={sorties,missions,raids} prep:in=*
V195.0089   | 195  | n:airstrike prep:on=$target
V195.0090   | 195  | n:airstrikes prep:on=$target
V195.0091   | 195  | n:airstrike prep:on=*
V195.0092   | 195  | n:airstrike prep:in=*
V195.0093   | 195  | n:airstrike prep:against=*
V195.0094   | 195  | n:airstrike prep:near=*
V195.0095   | 195  | n:airstrike prep:targeting=*
V195.0096   | 195  | n:airstrikes prep:on=*
V195.0097   | 195  | n:airstrikes prep:in=*
V195.0098   | 195  | n:airstrikes prep:against=*
V195.0099   | 195  | n:airstrikes prep:near=*
V195.0100   | 195  | n:air_strike prep:on=*
V195.0101   | 195  | n:air_raid prep:on=*
V195.0102   | 195  | n:drone_strike prep:on=*
V195.0103   | 195  | n:drone_attack prep:on=*
V195.0104   | 195  | n:bombing prep:of=$target
V195.0105   | 195  | n:bombing_campaign prep:against=*

V196.0001   | 196  | violate dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}   # violates ceasefire
V196.0002   | 196  | breach dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V196.0003   | 196  | break dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V196.0004   | 196  | shatter dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V196.0005   | 196  | wreck dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V196.0006   | 196  | undermine dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V196.0007   | 196  | ignore dobj={ceasefire,cease-fire,truce,armistice,ceasefires,truces}
V196.0008   | 196  | resume dobj={fighting,attacks,hostilities,strikes,shelling,airstrikes,offensive,bombing,bombardment,war,assault,operations,raids,combat}
V196.0009   | 196  | restart dobj={fighting,attacks,hostilities,strikes,shelling,airstrikes,offensive,bombing,bombardment,war,assault,operations,raids,combat}
V196.0010   | 196  | renew dobj={fighting,attacks,hostilities,strikes,shelling,airstrikes,offensive,bombing,bombardment,war,assault,operations,raids,combat}
V196.0011   | 196  | relaunch dobj={fighting,attacks,hostilities,strikes,shelling,airstrikes,offensive,bombing,bombardment,war,assault,operations,raids,combat}
V196.0012   | 196  | n:violation prep:of={ceasefire,cease-fire,truce,armistice}
V196.0013   | 196  | n:violations prep:of={ceasefire,cease-fire,truce,armistice}
V196.0014   | 196  | n:breach prep:of={ceasefire,cease-fire,truce,armistice}
V196.0015   | 196  | n:breaches prep:of={ceasefire,truce}
V196.0016   | 196  | n:resumption prep:of={fighting,hostilities,attacks,strikes,war,shelling}
V196.0017   | 196  | end dobj={truce,ceasefire}
V196.0018   | 196  | collapse dobj={truce,ceasefire}

V190.0001   | 190  | attack dobj=*   # uses conventional military force
V190.0002   | 190  | attack dobj=$target
V190.0003   | 190  | attack
V190.0004   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0005   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0006   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0007   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0008   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0009   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0010   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0011   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0012   | 190  | step_up dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0013   | 190  | intensify dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0014   | 190  | escalate dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0015   | 190  | expand dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0016   | 190  | press dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0017   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counter-offensive,counterattack,counter-attack,onslaught,strike,strikes,assaults,invasion,war,campaign,push,advance,incursions,hostilities}
V190.0018   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:on=$target
V190.0019   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:against=$target
V190.0020   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:in=$target
V190.0021   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:into=$target
V190.0022   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:targeting=$target
V190.0023   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:on=$target
V190.0024   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:against=$target
V190.0025   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:in=$target
V190.0026   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:into=$target
V190.0027   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:targeting=$target
V190.0028   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:on=$target
V190.0029   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:against=$target
V190.0030   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:in=$target
V190.0031   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:into=$target
V190.0032   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:targeting=$target
V190.0033   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:on=$target
V190.0034   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:against=$target
V190.0035   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:in=$target
V190.0036   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:into=$target
V190.0037   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:targeting=$target
V190.0038   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:on=$target
V190.0039   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:against=$target
V190.0040   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:in=$target
V190.0041   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:into=$target
V190.0042   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:targeting=$target
V190.0043   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:on=$target
V190.0044   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:against=$target
V190.0045   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:in=$target
V190.0046   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:into=$target
V190.0047   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:targeting=$target
V190.0048   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:on=$target
V190.0049   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:against=$target
V190.0050   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:in=$target
V190.0051   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:into=$target
V190.0052   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:targeting=$target
V190.0053   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:on=$target
V190.0054   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:against=$target
V190.0055   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:in=$target
V190.0056   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:into=$target
V190.0057   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion,war,campaign} prep:targeting=$target
V190.0058   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:on=$target
V190.0059   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:against=$target
V190.0060   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:in=$target
V190.0061   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:into=$target
V190.0062   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion,war,campaign} prep:targeting=$target
V190.0063   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:on=*
V190.0064   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:against=*
V190.0065   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:in=*
V190.0066   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:into=*
V190.0067   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:near=*
V190.0068   | 190  | launch dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:targeting=*
V190.0069   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:on=*
V190.0070   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:against=*
V190.0071   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:in=*
V190.0072   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:into=*
V190.0073   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:near=*
V190.0074   | 190  | carry_out dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:targeting=*
V190.0075   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:on=*
V190.0076   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:against=*
V190.0077   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:in=*
V190.0078   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:into=*
V190.0079   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:near=*
V190.0080   | 190  | mount dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:targeting=*
V190.0081   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:on=*
V190.0082   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:against=*
V190.0083   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:in=*
V190.0084   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:into=*
V190.0085   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:near=*
V190.0086   | 190  | stage dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:targeting=*
V190.0087   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:on=*
V190.0088   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:against=*
V190.0089   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:in=*
V190.0090   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:into=*
V190.0091   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:near=*
V190.0092   | 190  | conduct dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:targeting=*
V190.0093   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:on=*
V190.0094   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:against=*
V190.0095   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:in=*
V190.0096   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:into=*
V190.0097   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:near=*
V190.0098   | 190  | unleash dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:targeting=*
V190.0099   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:on=*
V190.0100   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:against=*
V190.0101   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:in=*
V190.0102   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:into=*
V190.0103   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:near=*
V190.0104   | 190  | begin dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:targeting=*
V190.0105   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:on=*
V190.0106   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:against=*
V190.0107   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:in=*
V190.0108   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:into=*
V190.0109   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:near=*
V190.0110   | 190  | start dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,invasion} prep:targeting=*
V190.0111   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:on=*
V190.0112   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:against=*
V190.0113   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:in=*
V190.0114   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:into=*
V190.0115   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:near=*
V190.0116   | 190  | order dobj={attack,attacks,offensive,assault,raid,raids,operation,operations,incursion,counteroffensive,counterattack,onslaught,strike,strikes,invasion} prep:targeting=*
V190.0117   | 190  | launch dobj={wave,series,round,barrage,salvo,volley,string,campaign} prep:of={strikes,attacks,raids,assaults}
V190.0118   | 190  | carry_out dobj={wave,series,round,barrage,salvo,volley,string,campaign} prep:of={strikes,attacks,raids,assaults}
V190.0119   | 190  | mount dobj={wave,series,round,barrage,salvo,volley,string,campaign} prep:of={strikes,attacks,raids,assaults}
V190.0120   | 190  | conduct dobj={wave,series,round,barrage,salvo,volley,string,campaign} prep:of={strikes,attacks,raids,assaults}
V190.0121   | 190  | unleash dobj={wave,series,round,barrage,salvo,volley,string,campaign} prep:of={strikes,attacks,raids,assaults}
V190.0122   | 190  | fight dobj=$target
V190.0123   | 190  | battle dobj=$target
V190.0124   | 190  | combat dobj=$target
V190.0125   | 190  | fight prep:against=$target
V190.0126   | 190  | battle prep:against=$target
V190.0127   | 190  | fight prep:against=*
V190.0128   | 190  | battle prep:against=*
V190.0129   | 190  | fight prep:for={control}
V190.0130   | 190  | battle prep:for={control}
V190.0131   | 190  | clash
V190.0132   | 190  | clash prep:with=$target
V190.0133   | 190  | clash prep:with=*
V190.0134   | 190  | engage dobj={troop,troops,soldier,soldiers,force,forces,unit,units,battalion,battalions,brigade,brigades,division,divisions,marine,marines,army,reservist,reservists,contingent,personnel,ship,ships,warship,warships,carrier,destroyer,destroyers,submarine,submarines,jet,jets,bomber,bombers,fighter,fighters,tank,tanks,enemy,militants,rebels,insurgents}
V190.0135   | 190  | repel dobj=*
V190.0136   | 190  | repulse dobj=*
V190.0137   | 190  | counterattack dobj=*
V190.0138   | 190  | counter-attack dobj=*
V190.0139   | 190  | beat_back dobj=*
V190.0140   | 190  | fend_off dobj=*
V190.0141   | 190  | fight_off dobj=*
V190.0142   | 190  | hold_off dobj=*
V190.0143   | 190  | counterattack
V190.0144   | 190  | counter-attack
V190.0145   | 190  | retaliate prep:against=$target
V190.0146   | 190  | retaliate prep:for=*
V190.0147   | 190  | advance prep:on=*
V190.0148   | 190  | advance prep:toward=*
V190.0149   | 190  | advance prep:towards=*
V190.0150   | 190  | strike dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy}
V190.0151   | 190  | hit dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy}
V190.0152   | 190  | target dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy}
V190.0153   | 190  | raid dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy}
V190.0154   | 190  | storm dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy}
V190.0155   | 190  | strike dobj=$target
V190.0156   | 190  | hit dobj=$target
V190.0157   | 190  | destroy dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy,weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,jet,jets,fighter,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,interceptor,interceptors,shell,shells,rifle,rifles,air-defense,air-defence,radars,system,systems,aircraft,plane,battalion,unit,units,brigade,cell,cells,column,columns,vehicle,vehicles,apc,apcs}
V190.0158   | 190  | knock_out dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy,weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,jet,jets,fighter,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,interceptor,interceptors,shell,shells,rifle,rifles,air-defense,air-defence,radars,system,systems,aircraft,plane,battalion,unit,units,brigade,cell,cells,column,columns,vehicle,vehicles,apc,apcs}
V190.0159   | 190  | take_out dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy,weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,jet,jets,fighter,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,interceptor,interceptors,shell,shells,rifle,rifles,air-defense,air-defence,radars,system,systems,aircraft,plane,battalion,unit,units,brigade,cell,cells,column,columns,vehicle,vehicles,apc,apcs}
V190.0160   | 190  | wipe_out dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy,weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,jet,jets,fighter,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,interceptor,interceptors,shell,shells,rifle,rifles,air-defense,air-defence,radars,system,systems,aircraft,plane,battalion,unit,units,brigade,cell,cells,column,columns,vehicle,vehicles,apc,apcs}
V190.0161   | 190  | neutralize dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy,weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,jet,jets,fighter,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,interceptor,interceptors,shell,shells,rifle,rifles,air-defense,air-defence,radars,system,systems,aircraft,plane,battalion,unit,units,brigade,cell,cells,column,columns,vehicle,vehicles,apc,apcs}
V190.0162   | 190  | neutralise dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy,weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,jet,jets,fighter,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,interceptor,interceptors,shell,shells,rifle,rifles,air-defense,air-defence,radars,system,systems,aircraft,plane,battalion,unit,units,brigade,cell,cells,column,columns,vehicle,vehicles,apc,apcs}
V190.0163   | 190  | eliminate dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy,weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,jet,jets,fighter,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,interceptor,interceptors,shell,shells,rifle,rifles,air-defense,air-defence,radars,system,systems,aircraft,plane,battalion,unit,units,brigade,cell,cells,column,columns,vehicle,vehicles,apc,apcs}
V190.0164   | 190  | obliterate dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy,weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,jet,jets,fighter,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,interceptor,interceptors,shell,shells,rifle,rifles,air-defense,air-defence,radars,system,systems,aircraft,plane,battalion,unit,units,brigade,cell,cells,column,columns,vehicle,vehicles,apc,apcs}
V190.0165   | 190  | annihilate dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy,weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,jet,jets,fighter,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,interceptor,interceptors,shell,shells,rifle,rifles,air-defense,air-defence,radars,system,systems,aircraft,plane,battalion,unit,units,brigade,cell,cells,column,columns,vehicle,vehicles,apc,apcs}
V190.0166   | 190  | decimate dobj={target,targets,position,positions,base,bases,facility,facilities,depot,depots,infrastructure,city,town,village,convoy,troops,forces,sites,site,headquarters,camp,camps,plant,refinery,airfield,airport,port,ship,vessel,hideout,hideouts,outpost,outposts,checkpoint,checkpoints,stronghold,strongholds,bunker,bunkers,launcher,launchers,tank,tanks,warship,warships,radar,command,arsenal,warehouse,bridge,bridges,tunnel,tunnels,fighters,militants,rebels,insurgents,soldiers,army,enemy,front,trenches,garrison,barracks,region,area,areas,district,suburb,suburbs,neighborhood,neighbourhood,capital,grid,substation,dam,railway,station,energy,weapon,weapons,arm,arms,ammunition,munition,munitions,missile,missiles,jet,jets,fighter,drone,drones,artillery,howitzer,howitzers,rocket,rockets,helicopter,helicopters,interceptor,interceptors,shell,shells,rifle,rifles,air-defense,air-defence,radars,system,systems,aircraft,plane,battalion,unit,units,brigade,cell,cells,column,columns,vehicle,vehicles,apc,apcs}
V190.0167   | 190  | shoot_down dobj={drone,drones,plane,planes,jet,jets,aircraft,helicopter,helicopters,missile,missiles,rocket,rockets,uav,uavs,projectile,projectiles,balloon,bomber,bombers,fighter,fighters,interceptor}
V190.0168   | 190  | down dobj={drone,drones,plane,planes,jet,jets,aircraft,helicopter,helicopters,missile,missiles,rocket,rockets,uav,uavs,projectile,projectiles,balloon,bomber,bombers,fighter,fighters,interceptor}
V190.0169   | 190  | intercept dobj={drone,drones,plane,planes,jet,jets,aircraft,helicopter,helicopters,missile,missiles,rocket,rockets,uav,uavs,projectile,projectiles,balloon,bomber,bombers,fighter,fighters,interceptor}
V190.0170   | 190  | neutralize dobj={drone,drones,plane,planes,jet,jets,aircraft,helicopter,helicopters,missile,missiles,rocket,rockets,uav,uavs,projectile,projectiles,balloon,bomber,bombers,fighter,fighters,interceptor}
V190.0171   | 190  | neutralise dobj={drone,drones,plane,planes,jet,jets,aircraft,helicopter,helicopters,missile,missiles,rocket,rockets,uav,uavs,projectile,projectiles,balloon,bomber,bombers,fighter,fighters,interceptor}
V190.0172   | 190  | destroy dobj={drone,drones,plane,planes,jet,jets,aircraft,helicopter,helicopters,missile,missiles,rocket,rockets,uav,uavs,projectile,projectiles,balloon,bomber,bombers,fighter,fighters,interceptor}
V190.0173   | 190  | shoot_down dobj=*
V190.0174   | 190  | sink dobj={ship,ships,vessel,vessels,warship,warships,boat,boats,flagship,cruiser,frigate,destroyer,submarine,tanker,tankers,freighter,landing}
V190.0175   | 190  | torpedo dobj={ship,ships,vessel,vessels,warship,warships,boat,boats,flagship,cruiser,frigate,destroyer,submarine,tanker,tankers,freighter,landing}
V190.0176   | 190  | scuttle dobj={ship,ships,vessel,vessels,warship,warships,boat,boats,flagship,cruiser,frigate,destroyer,submarine,tanker,tankers,freighter,landing}
V190.0177   | 190  | disable dobj={ship,ships,vessel,vessels,warship,warships,boat,boats,flagship,cruiser,frigate,destroyer,submarine,tanker,tankers,freighter,landing}
V190.0178   | 190  | cripple dobj={ship,ships,vessel,vessels,warship,warships,boat,boats,flagship,cruiser,frigate,destroyer,submarine,tanker,tankers,freighter,landing}
V190.0179   | 190  | kill dobj={soldier,soldiers,troops,fighters,militants,rebels,insurgents,servicemen,enemy,combatants,jihadists,terrorists,personnel,officers,marines,paratroopers,commandos,conscripts,mercenaries}
V190.0180   | 190  | wound dobj={soldier,soldiers,troops,fighters,militants,rebels,insurgents,servicemen,enemy,combatants,jihadists,terrorists,personnel,officers,marines,paratroopers,commandos,conscripts,mercenaries}
V190.0181   | 190  | injure dobj={soldier,soldiers,troops,fighters,militants,rebels,insurgents,servicemen,enemy,combatants,jihadists,terrorists,personnel,officers,marines,paratroopers,commandos,conscripts,mercenaries}
V190.0182   | 190  | neutralize dobj={soldier,soldiers,troops,fighters,militants,rebels,insurgents,servicemen,enemy,combatants,jihadists,terrorists,personnel,officers,marines,paratroopers,commandos,conscripts,mercenaries}
V190.0183   | 190  | neutralise dobj={soldier,soldiers,troops,fighters,militants,rebels,insurgents,servicemen,enemy,combatants,jihadists,terrorists,personnel,officers,marines,paratroopers,commandos,conscripts,mercenaries}
V190.0184   | 190  | kill dobj=*
V190.0185   | 190  | wage dobj={war,wars,battle,battles,campaign,offensive,insurgency,jihad,conflict}
V190.0186   | 190  | fight dobj={war,wars,battle,battles,campaign,offensive,insurgency,jihad,conflict}
V190.0187   | 190  | wage dobj={war} prep:on=$target
V190.0188   | 190  | wage dobj={war} prep:against=$target
V190.0189   | 190  | declare dobj={war} prep:on=$target
V190.0190   | 190  | declare dobj={war} prep:against=$target
V190.0191   | 190  | declare dobj={war}
V190.0192   | 190  | go prep:to={war}
V190.0193   | 190  | invade dobj=$target
V190.0194   | 190  | wound dobj=*
V190.0195   | 190  | n:attack prep:on=$target
V190.0196   | 190  | n:attacks prep:on=$target
V190.0197   | 190  | n:attack prep:against=$target
V190.0198   | 190  | n:attacks prep:against=$target
V190.0199   | 190  | n:offensive prep:against=$target
V190.0200   | 190  | n:offensive prep:on=$target
V190.0201   | 190  | n:assault prep:on=$target
V190.0202   | 190  | n:raid prep:on=$target
V190.0203   | 190  | n:raids prep:on=$target
V190.0204   | 190  | n:strike prep:on=$target
V190.0205   | 190  | n:strikes prep:on=$target
V190.0206   | 190  | n:strike prep:against=$target
V190.0207   | 190  | n:strikes prep:against=$target
V190.0208   | 190  | n:incursion prep:into=$target
V190.0209   | 190  | n:counteroffensive prep:against=*
V190.0210   | 190  | n:counteroffensive prep:in=*
V190.0211   | 190  | n:war prep:against=$target
V190.0212   | 190  | n:war prep:on=$target
V190.0213   | 190  | n:war prep:with=$target
V190.0214   | 190  | n:fighting prep:with=$target
V190.0215   | 190  | n:fighting prep:between=*
V190.0216   | 190  | n:clashes prep:with=$target
V190.0217   | 190  | n:clashes prep:between=*
V190.0218   | 190  | n:battle prep:for=*
V190.0219   | 190  | n:battle prep:with=$target
V190.0220   | 190  | n:hostilities prep:with=$target
