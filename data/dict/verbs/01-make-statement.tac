# Verb and event-noun patterns for CAMEO root 01 (make public statement).
# Written by the Tacitus team. Format: ID | CODE | PATTERN (see data/README.md).
# Patterns match lemmas; the most specific pattern (most arguments) wins, then the first
# written, so narrower codes (4 digits) come first and the residual code of the root last.
@kind verbs

V011.0001   | 011  | decline xcomp={comment,elaborate,confirm,specify,say,respond,speculate,disclose,reveal,answer}   # declines to comment
V011.0002   | 011  | refuse xcomp={comment,elaborate,confirm,specify,say,respond,speculate,disclose,reveal,answer}
V011.0003   | 011  | decline dobj={comment,comments,details}
V011.0004   | 011  | refuse dobj={comment,comments,details}
V011.0005   | 011  | decline prep:to={comment}
V011.0006   | 011  | refrain prep:from={comment,commenting,speculation,speculating}
V011.0007   | 011  | avoid xcomp={comment,commenting,answering}
V011.0008   | 011  | avoid dobj={comment,question,questions}
V011.0009   | 011  | ignore dobj={question,questions,query,queries}
V011.0010   | 011  | dodge dobj={question,questions,query,queries}
V011.0011   | 011  | sidestep dobj={question,questions,query,queries}
V011.0012   | 011  | evade dobj={question,questions,query,queries}
V011.0013   | 011  | deflect dobj={question,questions,query,queries}
V011.0014   | 011  | withhold dobj={comment,details,information,judgment,judgement}

V012.0001   | 012  | worry prep:about=*   # pessimistic comment
V012.0002   | 012  | fret prep:about=*
V012.0003   | 012  | worry prep:over=*
V012.0004   | 012  | fear dobj=*
V012.0005   | 012  | dread dobj=*
V012.0006   | 012  | fear ccomp=*
V012.0007   | 012  | warn prep:of={crisis,famine,catastrophe,disaster,collapse,recession,danger,dangers,risk,risks,threat,shortage,shortages,downturn,slowdown,default,chaos,instability,bloodshed,spillover,fallout}
V012.0008   | 012  | predict dobj={crisis,famine,catastrophe,disaster,collapse,recession,decline,downturn,slowdown,chaos,instability,war,failure}
V012.0009   | 012  | forecast dobj={crisis,famine,catastrophe,disaster,collapse,recession,decline,downturn,slowdown,chaos,instability,war,failure}
V012.0010   | 012  | foresee dobj={crisis,famine,catastrophe,disaster,collapse,recession,decline,downturn,slowdown,chaos,instability,war,failure}
V012.0011   | 012  | doubt dobj={prospect,prospects,chance,chances,ability,success,viability,feasibility,effectiveness,commitment,sincerity,will}
V012.0012   | 012  | question dobj={prospect,prospects,chance,chances,ability,success,viability,feasibility,effectiveness,commitment,sincerity,will}
V012.0013   | 012  | doubt ccomp=*
V012.0014   | 012  | lament dobj=*
V012.0015   | 012  | bemoan dobj=*
V012.0016   | 012  | bewail dobj=*
V012.0017   | 012  | lament ccomp=*
V012.0018   | 012  | despair prep:of=*
V012.0019   | 012  | express dobj={concern,concerns,fear,fears,worry,worries,pessimism,doubt,doubts,alarm,anxiety,skepticism,scepticism,apprehension,misgivings,reservations,unease,gloom}
V012.0020   | 012  | voice dobj={concern,concerns,fear,fears,worry,worries,pessimism,doubt,doubts,alarm,anxiety,skepticism,scepticism,apprehension,misgivings,reservations,unease,gloom}
V012.0021   | 012  | raise dobj={concern,concerns,fear,fears,worry,worries,pessimism,doubt,doubts,alarm,anxiety,skepticism,scepticism,apprehension,misgivings,reservations,unease,gloom}
V012.0022   | 012  | express dobj={concern,concerns,fear,fears,worry,worries,doubt,doubts,alarm,anxiety} prep:about=*
V012.0023   | 012  | express dobj={concern,concerns,fear,fears,worry,worries,doubt,doubts,alarm,anxiety} prep:over=*
V012.0024   | 012  | express dobj={concern,concerns,fear,fears,worry,worries,doubt,doubts,alarm,anxiety} prep:at=*
V012.0025   | 012  | voice dobj={concern,concerns,fear,fears,worry,worries,doubt,doubts,alarm,anxiety} prep:about=*
V012.0026   | 012  | voice dobj={concern,concerns,fear,fears,worry,worries,doubt,doubts,alarm,anxiety} prep:over=*
V012.0027   | 012  | voice dobj={concern,concerns,fear,fears,worry,worries,doubt,doubts,alarm,anxiety} prep:at=*
V012.0028   | 012  | raise dobj={concern,concerns,fear,fears,worry,worries,doubt,doubts,alarm,anxiety} prep:about=*
V012.0029   | 012  | raise dobj={concern,concerns,fear,fears,worry,worries,doubt,doubts,alarm,anxiety} prep:over=*
V012.0030   | 012  | raise dobj={concern,concerns,fear,fears,worry,worries,doubt,doubts,alarm,anxiety} prep:at=*
V012.0031   | 012  | sound dobj={alarm,warning,note}
V012.0032   | 012  | paint dobj={picture} prep:of=*
V012.0033   | 012  | n:concern prep:about=*
V012.0034   | 012  | n:concern prep:over=*
V012.0035   | 012  | n:fear prep:of=*
V012.0036   | 012  | n:pessimism prep:about=*
V012.0037   | 012  | n:pessimism prep:over=*
V012.0038   | 012  | remain acomp={pessimistic,worried,concerned,skeptical,sceptical,doubtful,wary}

V013.0001   | 013  | express dobj={optimism,hope,hopes,confidence,satisfaction,assurance,belief,trust}   # optimistic comment
V013.0002   | 013  | voice dobj={optimism,hope,hopes,confidence,satisfaction,assurance,belief,trust}
V013.0003   | 013  | express dobj={optimism,hope,hopes,confidence} prep:about=*
V013.0004   | 013  | express dobj={optimism,hope,hopes,confidence} prep:over=*
V013.0005   | 013  | express dobj={optimism,hope,hopes,confidence} prep:in=*
V013.0006   | 013  | express dobj={optimism,hope,hopes,confidence} prep:for=*
V013.0007   | 013  | express dobj={optimism,hope,hopes,confidence} prep:that=*
V013.0008   | 013  | voice dobj={optimism,hope,hopes,confidence} prep:about=*
V013.0009   | 013  | voice dobj={optimism,hope,hopes,confidence} prep:over=*
V013.0010   | 013  | voice dobj={optimism,hope,hopes,confidence} prep:in=*
V013.0011   | 013  | voice dobj={optimism,hope,hopes,confidence} prep:for=*
V013.0012   | 013  | voice dobj={optimism,hope,hopes,confidence} prep:that=*
V013.0013   | 013  | remain acomp={optimistic,hopeful,confident,upbeat,positive}
V013.0014   | 013  | hope ccomp=*
V013.0015   | 013  | hope prep:for={progress,breakthrough,success,peace,agreement,deal,improvement,recovery,solution,settlement,end}
V013.0016   | 013  | reassure dobj=$target
V013.0017   | 013  | assure dobj=$target
V013.0018   | 013  | assure dobj=$target ccomp=*
V013.0019   | 013  | predict dobj={recovery,growth,success,progress,breakthrough,improvement,agreement,deal,victory,peace,stability}
V013.0020   | 013  | forecast dobj={recovery,growth,success,progress,breakthrough,improvement,agreement,deal,victory,peace,stability}
V013.0021   | 013  | foresee dobj={recovery,growth,success,progress,breakthrough,improvement,agreement,deal,victory,peace,stability}
V013.0022   | 013  | expect dobj={breakthrough,progress,agreement,deal,recovery,improvement,success}
V013.0023   | 013  | n:optimism prep:about=*
V013.0024   | 013  | n:optimism prep:over=*
V013.0025   | 013  | n:confidence prep:in=*
V013.0026   | 013  | see dobj={progress,hope,light,opportunity,chance,breakthrough,improvement}

V014.0001   | 014  | consider dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}   # considers a policy option
V014.0002   | 014  | weigh dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}
V014.0003   | 014  | mull dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}
V014.0004   | 014  | contemplate dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}
V014.0005   | 014  | ponder dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}
V014.0006   | 014  | study dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}
V014.0007   | 014  | examine dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}
V014.0008   | 014  | explore dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}
V014.0009   | 014  | evaluate dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}
V014.0010   | 014  | assess dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}
V014.0011   | 014  | reconsider dobj={option,options,proposal,proposals,plan,plans,measure,measures,move,possibility,idea,request,offer,bill,step,steps,policy,sanction,sanctions,strike,response,action,deployment,withdrawal,ban,alternative,alternatives,scenario,scenarios}
V014.0012   | 014  | review dobj={policy,policies,option,options,strategy,stance,position,relations,ties,agreement,deal,decision,approach,posture,sanction,sanctions,program,programme,participation,membership,cooperation,aid,assistance}
V014.0013   | 014  | reassess dobj={policy,policies,option,options,strategy,stance,position,relations,ties,agreement,deal,decision,approach,posture,sanction,sanctions,program,programme,participation,membership,cooperation,aid,assistance}
V014.0014   | 014  | revisit dobj={policy,policies,option,options,strategy,stance,position,relations,ties,agreement,deal,decision,approach,posture,sanction,sanctions,program,programme,participation,membership,cooperation,aid,assistance}
V014.0015   | 014  | reevaluate dobj={policy,policies,option,options,strategy,stance,position,relations,ties,agreement,deal,decision,approach,posture,sanction,sanctions,program,programme,participation,membership,cooperation,aid,assistance}
V014.0016   | 014  | re-evaluate dobj={policy,policies,option,options,strategy,stance,position,relations,ties,agreement,deal,decision,approach,posture,sanction,sanctions,program,programme,participation,membership,cooperation,aid,assistance}
V014.0017   | 014  | mull dobj=*
V014.0018   | 014  | weigh dobj=*
V014.0019   | 014  | consider xcomp=*
V014.0020   | 014  | weigh xcomp=*
V014.0021   | 014  | mull xcomp=*
V014.0022   | 014  | contemplate xcomp=*
V014.0023   | 014  | look prep:into={option,options,possibility,proposal,measure,measures,idea,way,ways}
V014.0024   | 014  | think prep:about={option,options,possibility,measure,measures,response,move,step}
V014.0025   | 014  | n:review prep:of={policy,policies,strategy,relations,ties,agreement,deal,program,programme,sanction,sanctions,aid,assistance,membership,participation,approach}
V014.0026   | 014  | launch dobj={review} prep:of=*
V014.0027   | 014  | order dobj={review} prep:of=*
V014.0028   | 014  | begin dobj={review} prep:of=*
V014.0029   | 014  | start dobj={review} prep:of=*
V014.0030   | 014  | conduct dobj={review} prep:of=*
V014.0031   | 014  | announce dobj={review} prep:of=*
V014.0032   | 014  | put dobj={option,options} prep:on={table}
V014.0033   | 014  | keep dobj={option,options} acomp={open}

V015.0001   | 015  | claim dobj={responsibility,credit,blame,liability}   # acknowledges or claims responsibility
V015.0002   | 015  | admit dobj={responsibility,credit,blame,liability}
V015.0003   | 015  | accept dobj={responsibility,credit,blame,liability}
V015.0004   | 015  | assume dobj={responsibility,credit,blame,liability}
V015.0005   | 015  | acknowledge dobj={responsibility,credit,blame,liability}
V015.0006   | 015  | take dobj={responsibility,credit,blame,liability}
V015.0007   | 015  | bear dobj={responsibility,credit,blame,liability}
V015.0008   | 015  | claim dobj={responsibility,credit} prep:for=*
V015.0009   | 015  | admit dobj={responsibility,credit} prep:for=*
V015.0010   | 015  | accept dobj={responsibility,credit} prep:for=*
V015.0011   | 015  | acknowledge dobj={responsibility,credit} prep:for=*
V015.0012   | 015  | take dobj={responsibility,credit} prep:for=*
V015.0013   | 015  | admit dobj={mistake,mistakes,error,errors,wrongdoing,failure,failures,fault,guilt,role,involvement,responsibility,lapse,lapses,shortcoming,shortcomings,negligence}
V015.0014   | 015  | acknowledge dobj={mistake,mistakes,error,errors,wrongdoing,failure,failures,fault,guilt,role,involvement,responsibility,lapse,lapses,shortcoming,shortcomings,negligence}
V015.0015   | 015  | concede dobj={mistake,mistakes,error,errors,wrongdoing,failure,failures,fault,guilt,role,involvement,responsibility,lapse,lapses,shortcoming,shortcomings,negligence}
V015.0016   | 015  | confess dobj={mistake,mistakes,error,errors,wrongdoing,failure,failures,fault,guilt,role,involvement,responsibility,lapse,lapses,shortcoming,shortcomings,negligence}
V015.0017   | 015  | admit ccomp=*
V015.0018   | 015  | acknowledge ccomp=*
V015.0019   | 015  | concede ccomp=*
V015.0020   | 015  | confess ccomp=*
V015.0021   | 015  | admit xcomp=*
V015.0022   | 015  | confess prep:to=*
V015.0023   | 015  | plead prep:to=*
V015.0024   | 015  | retract dobj={statement,claim,claims,remark,remarks,comment,comments,allegation,allegations,confession,testimony,report,story,accusation,accusations,tweet,post}
V015.0025   | 015  | withdraw dobj={statement,claim,claims,remark,remarks,comment,comments,allegation,allegations,confession,testimony,report,story,accusation,accusations,tweet,post}
V015.0026   | 015  | recant dobj={statement,claim,claims,remark,remarks,comment,comments,allegation,allegations,confession,testimony,report,story,accusation,accusations,tweet,post}
V015.0027   | 015  | n:responsibility prep:for=*
V015.0028   | 015  | n:claim prep:of={responsibility}
V015.0029   | 015  | n:admission prep:of=*

V016.0001   | 016  | deny dobj={responsibility,involvement,role,allegation,allegations,accusation,accusations,charge,charges,claim,claims,report,reports,wrongdoing,culpability,complicity,guilt,participation,link,links,connection,knowledge,blame,liability,existence}   # denies responsibility
V016.0002   | 016  | deny prep:of=*
V016.0003   | 016  | deny ccomp=*
V016.0004   | 016  | deny xcomp=*
V016.0005   | 016  | reject dobj={allegation,allegations,accusation,accusations,charge,charges,claim,claims,report,reports,responsibility,involvement,blame,suggestion,suggestions,assertion,assertions,finding,findings}
V016.0006   | 016  | dismiss dobj={allegation,allegations,accusation,accusations,charge,charges,claim,claims,report,reports,responsibility,involvement,blame,suggestion,suggestions,assertion,assertions,finding,findings}
V016.0007   | 016  | refute dobj={allegation,allegations,accusation,accusations,charge,charges,claim,claims,report,reports,responsibility,involvement,blame,suggestion,suggestions,assertion,assertions,finding,findings}
V016.0008   | 016  | rebut dobj={allegation,allegations,accusation,accusations,charge,charges,claim,claims,report,reports,responsibility,involvement,blame,suggestion,suggestions,assertion,assertions,finding,findings}
V016.0009   | 016  | disavow dobj={allegation,allegations,accusation,accusations,charge,charges,claim,claims,report,reports,responsibility,involvement,blame,suggestion,suggestions,assertion,assertions,finding,findings}
V016.0010   | 016  | dispute dobj={allegation,allegations,accusation,accusations,charge,charges,claim,claims,report,reports,responsibility,involvement,blame,suggestion,suggestions,assertion,assertions,finding,findings}
V016.0011   | 016  | contest dobj={allegation,allegations,accusation,accusations,charge,charges,claim,claims,report,reports,responsibility,involvement,blame,suggestion,suggestions,assertion,assertions,finding,findings}
V016.0012   | 016  | plead dobj={innocence}
V016.0013   | 016  | disclaim dobj=*
V016.0014   | 016  | disown dobj=*
V016.0015   | 016  | disavow dobj=*
V016.0016   | 016  | distance prep:from=*
V016.0017   | 016  | shift dobj={blame,responsibility} prep:on=$target
V016.0018   | 016  | shift dobj={blame,responsibility} prep:onto=$target
V016.0019   | 016  | shift dobj={blame,responsibility} prep:to=$target
V016.0020   | 016  | deflect dobj={blame,responsibility} prep:on=$target
V016.0021   | 016  | deflect dobj={blame,responsibility} prep:onto=$target
V016.0022   | 016  | deflect dobj={blame,responsibility} prep:to=$target
V016.0023   | 016  | pin dobj={blame,responsibility} prep:on=$target
V016.0024   | 016  | pin dobj={blame,responsibility} prep:onto=$target
V016.0025   | 016  | pin dobj={blame,responsibility} prep:to=$target
V016.0026   | 016  | n:denial prep:of=*
V016.0027   | 016  | n:denial prep:by=*
V016.0028   | 016  | n:denial prep:from=*
V016.0029   | 016  | issue dobj={denial}
V016.0030   | 016  | call dobj={accusation,accusations,allegation,allegations,claim,claims,report,reports} xcomp=*

V017.0001   | 017  | lay dobj={wreath,wreaths,flowers,flower}   # symbolic act
V017.0002   | 017  | place dobj={wreath,wreaths,flowers,flower}
V017.0003   | 017  | hold dobj={vigil,vigils,memorial,commemoration,ceremony,ceremonies,funeral,funerals,procession,moment,service,minute,parade,anniversary,remembrance,tribute,homage,mass}
V017.0004   | 017  | stage dobj={vigil,vigils,memorial,commemoration,ceremony,ceremonies,funeral,funerals,procession,moment,service,minute,parade,anniversary,remembrance,tribute,homage,mass}
V017.0005   | 017  | organize dobj={vigil,vigils,memorial,commemoration,ceremony,ceremonies,funeral,funerals,procession,moment,service,minute,parade,anniversary,remembrance,tribute,homage,mass}
V017.0006   | 017  | organise dobj={vigil,vigils,memorial,commemoration,ceremony,ceremonies,funeral,funerals,procession,moment,service,minute,parade,anniversary,remembrance,tribute,homage,mass}
V017.0007   | 017  | attend dobj={vigil,vigils,memorial,commemoration,ceremony,ceremonies,funeral,funerals,procession,moment,service,minute,parade,anniversary,remembrance,tribute,homage,mass}
V017.0008   | 017  | join dobj={vigil,vigils,memorial,commemoration,ceremony,ceremonies,funeral,funerals,procession,moment,service,minute,parade,anniversary,remembrance,tribute,homage,mass}
V017.0009   | 017  | observe dobj={silence,minute,moment}
V017.0010   | 017  | hold dobj={silence,minute,moment}
V017.0011   | 017  | mark dobj={silence,minute,moment}
V017.0012   | 017  | mark dobj={anniversary,day,holiday,remembrance,victory,independence,memorial,jubilee,centenary,centennial,birthday}
V017.0013   | 017  | commemorate dobj={anniversary,day,holiday,remembrance,victory,independence,memorial,jubilee,centenary,centennial,birthday}
V017.0014   | 017  | observe dobj={anniversary,day,holiday,remembrance,victory,independence,memorial,jubilee,centenary,centennial,birthday}
V017.0015   | 017  | celebrate dobj={anniversary,day,holiday,remembrance,victory,independence,memorial,jubilee,centenary,centennial,birthday}
V017.0016   | 017  | commemorate dobj=$target
V017.0017   | 017  | honour dobj=$target
V017.0018   | 017  | honor dobj=$target
V017.0019   | 017  | mourn dobj=$target
V017.0020   | 017  | remember dobj=$target
V017.0021   | 017  | memorialize dobj=$target
V017.0022   | 017  | memorialise dobj=$target
V017.0023   | 017  | pay dobj={tribute,tributes,homage,respect,respects} prep:to=$target
V017.0024   | 017  | pay dobj={tribute,tributes,homage,respect,respects}
V017.0025   | 017  | attend dobj={funeral,burial,memorial,service,inauguration,coronation,ceremony,swearing-in,parade,commemoration,celebration,wedding,mass}
V017.0026   | 017  | fly dobj={flag,flags,banner}
V017.0027   | 017  | lower dobj={flag,flags,banner}
V017.0028   | 017  | raise dobj={flag,flags,banner}
V017.0029   | 017  | hoist dobj={flag,flags,banner}
V017.0030   | 017  | fly dobj={flag,flags} prep:at={half-mast,half-staff}
V017.0031   | 017  | declare dobj={mourning,day} prep:of={mourning}
V017.0032   | 017  | declare dobj={mourning}
V017.0033   | 017  | ring dobj={bell,bells}
V017.0034   | 017  | toll dobj={bell,bells}
V017.0035   | 017  | light dobj={candle,candles,torch,flame}
V017.0036   | 017  | sign dobj={book} prep:of={condolence,condolences}
V017.0037   | 017  | plant dobj={tree,trees}
V017.0038   | 017  | unveil dobj={monument,memorial,statue,plaque}
V017.0039   | 017  | dedicate dobj={monument,memorial,statue,plaque}
V017.0040   | 017  | inaugurate dobj={monument,memorial,statue,plaque}
V017.0041   | 017  | rename dobj={street,square,avenue,school} prep:after=*
V017.0042   | 017  | observe dobj={day} prep:of={mourning}
V017.0043   | 017  | n:vigil prep:for=*
V017.0044   | 017  | n:tribute prep:to=$target

V018.0001   | 018  | express dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,sadness,compassion,empathy,prayers,thoughts,shock,understanding}   # empathetic comment
V018.0002   | 018  | offer dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,sadness,compassion,empathy,prayers,thoughts,shock,understanding}
V018.0003   | 018  | extend dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,sadness,compassion,empathy,prayers,thoughts,shock,understanding}
V018.0004   | 018  | send dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,sadness,compassion,empathy,prayers,thoughts,shock,understanding}
V018.0005   | 018  | convey dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,sadness,compassion,empathy,prayers,thoughts,shock,understanding}
V018.0006   | 018  | voice dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,sadness,compassion,empathy,prayers,thoughts,shock,understanding}
V018.0007   | 018  | express dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,prayers,thoughts} prep:to=$target
V018.0008   | 018  | offer dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,prayers,thoughts} prep:to=$target
V018.0009   | 018  | extend dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,prayers,thoughts} prep:to=$target
V018.0010   | 018  | send dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,prayers,thoughts} prep:to=$target
V018.0011   | 018  | convey dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,prayers,thoughts} prep:to=$target
V018.0012   | 018  | voice dobj={condolence,condolences,sympathy,sympathies,solidarity,sorrow,grief,prayers,thoughts} prep:to=$target
V018.0013   | 018  | sympathize prep:with=$target
V018.0014   | 018  | sympathise prep:with=$target
V018.0015   | 018  | empathize prep:with=$target
V018.0016   | 018  | empathise prep:with=$target
V018.0017   | 018  | commiserate prep:with=$target
V018.0018   | 018  | sympathize
V018.0019   | 018  | sympathise
V018.0020   | 018  | empathize
V018.0021   | 018  | empathise
V018.0022   | 018  | commiserate
V018.0023   | 018  | stand prep:with=$target
V018.0024   | 018  | stand prep:in={solidarity}
V018.0025   | 018  | mourn prep:with=$target
V018.0026   | 018  | grieve prep:with=$target
V018.0027   | 018  | lament prep:with=$target
V018.0028   | 018  | console dobj=$target
V018.0029   | 018  | comfort dobj=$target
V018.0030   | 018  | n:condolence prep:to=$target
V018.0031   | 018  | n:condolences prep:to=$target
V018.0032   | 018  | n:sympathy prep:for=$target
V018.0033   | 018  | n:solidarity prep:with=$target
V018.0034   | 018  | n:message prep:of={condolence,condolences,sympathy,solidarity}
V018.0035   | 018  | share dobj={grief,pain,sorrow}
V018.0036   | 018  | understand dobj={concern,concerns,position,worries,fears,situation}

V019.0001   | 019  | agree prep:with=$target   # expresses accord
V019.0002   | 019  | agree prep:on={need,importance,necessity,view,assessment,principle,principles,position,approach}
V019.0003   | 019  | concur prep:with=$target
V019.0004   | 019  | concur
V019.0005   | 019  | share dobj={view,views,position,stance,concern,concerns,assessment,goal,goals,vision,interest,interests,values,commitment,opinion,understanding,perspective,approach}
V019.0006   | 019  | share dobj={view,views,position,concern,concerns,assessment,goal,goals,vision} prep:with=$target
V019.0007   | 019  | express dobj={agreement,accord,consensus,unanimity,convergence,alignment}
V019.0008   | 019  | voice dobj={agreement,accord,consensus,unanimity,convergence,alignment}
V019.0009   | 019  | reach dobj={consensus,unanimity,convergence}
V019.0010   | 019  | express dobj={agreement,accord,consensus} prep:with=$target
V019.0011   | 019  | voice dobj={agreement,accord,consensus} prep:with=$target
V019.0012   | 019  | find dobj={ground,consensus}
V019.0013   | 019  | reach dobj={consensus} prep:on=*
V019.0014   | 019  | n:consensus prep:on=*
V019.0015   | 019  | n:consensus prep:among=*
V019.0016   | 019  | n:convergence prep:of={views,positions,interests}
V019.0017   | 019  | echo dobj={view,views,position,concern,concerns,call,calls,sentiment,sentiments,remarks,assessment}
V019.0018   | 019  | endorse dobj={view,views,position,concern,concerns,call,calls,sentiment,sentiments,remarks,assessment}
V019.0019   | 019  | align prep:with=$target

V010.0001   | 010  | say prep:to=$target   # plain statement
V010.0002   | 010  | tell dobj=$target
V010.0003   | 010  | tell iobj=$target
V010.0004   | 010  | issue dobj={statement,statements,communique,declaration,announcement,remarks,remark,comment,comments,speech,address,message}
V010.0005   | 010  | release dobj={statement,statements,communique,declaration,announcement,remarks,remark,comment,comments,speech,address,message}
V010.0006   | 010  | publish dobj={statement,statements,communique,declaration,announcement,remarks,remark,comment,comments,speech,address,message}
V010.0007   | 010  | make dobj={statement,statements,communique,declaration,announcement,remarks,remark,comment,comments,speech,address,message}
V010.0008   | 010  | deliver dobj={statement,statements,communique,declaration,announcement,remarks,remark,comment,comments,speech,address,message}
V010.0009   | 010  | give dobj={speech,address,interview,briefing,lecture,testimony}
V010.0010   | 010  | deliver dobj={speech,address,interview,briefing,lecture,testimony}
V010.0011   | 010  | give dobj={interview} prep:to=$target
V010.0012   | 010  | address dobj={parliament,assembly,nation,conference,summit,rally,council,congress,session,meeting,crowd,lawmakers,delegates,audience,reporters,journalists,forum,people,country,supporters,press}
V010.0013   | 010  | address dobj=$target
V010.0014   | 010  | send dobj={letter,message,statement} prep:to=$target
V010.0015   | 010  | write dobj={letter,message} prep:to=$target
V010.0016   | 010  | write prep:to=$target
V010.0017   | 010  | announce dobj={decision,plan,plans,measure,measures,policy,result,results,step,steps}
V010.0018   | 010  | announce ccomp=*
V010.0019   | 010  | declare ccomp=*
V010.0020   | 010  | state ccomp=*
V010.0021   | 010  | comment prep:on=*
V010.0022   | 010  | remark prep:on=*
V010.0023   | 010  | speak prep:to=$target
V010.0024   | 010  | speak prep:about=*
V010.0025   | 010  | stress dobj={importance,need,necessity,commitment,position}
V010.0026   | 010  | emphasize dobj={importance,need,necessity,commitment,position}
V010.0027   | 010  | emphasise dobj={importance,need,necessity,commitment,position}
V010.0028   | 010  | underline dobj={importance,need,necessity,commitment,position}
V010.0029   | 010  | underscore dobj={importance,need,necessity,commitment,position}
V010.0030   | 010  | reaffirm dobj={position,stance,policy}
V010.0031   | 010  | reiterate dobj={position,stance,policy}
V010.0032   | 010  | n:statement prep:on=*
V010.0033   | 010  | n:statement prep:about=*
V010.0034   | 010  | n:remarks prep:on=*
V010.0035   | 010  | n:speech prep:to=$target
V010.0036   | 010  | n:address prep:to=$target
V010.0037   | 010  | n:announcement prep:on=*
V010.0038   | 010  | n:declaration prep:on=*
V010.0039   | 010  | brief dobj={reporters,journalists,media,press,lawmakers,parliament,council,committee,diplomats}
V010.0040   | 010  | relay dobj=* prep:to=$target
