# PLOVER 2.0 modes and contexts, assigned by rules over the event's CAMEO code
# or PLOVER type and the lemmas of the sentence. Written by the Tacitus team.
# Format: ID | WHERE | SET | WORDS   (see data/README.md)
# Modes: the first matching rule wins. Contexts: every matching rule applies.
@kind plover

# ---- CONSULT modes ----
PL.M.0001 | CONSULT | mode=phone        | phone, telephone, call, videoconference, video
PL.M.0002 | 042     | mode=visit        | visit, trip, tour, travel, arrive
PL.M.0003 | 043     | mode=visit        | host, welcome, receive
PL.M.0004 | CONSULT | mode=visit        | visit, trip, tour, arrive, host
PL.M.0005 | 045     | mode=third-party  | mediate, mediator, mediation, broker
PL.M.0006 | 046     | mode=third-party  | mediate, mediator, broker
PL.M.0007 | CONSULT | mode=multilateral | summit, conference, forum, multilateral, assembly, g7, g20, brics
# ---- RETREAT modes ----
PL.M.0101 | 0871    | mode=ceasefire    | ceasefire, truce, armistice
PL.M.0102 | RETREAT | mode=ceasefire    | ceasefire, truce, armistice, hostilities
PL.M.0103 | RETREAT | mode=release      | release, free, freed, exchange, swap, prisoner, hostage, detainee
PL.M.0104 | RETREAT | mode=disarm       | disarm, disarmament, decommission, demobilize
PL.M.0105 | RETREAT | mode=resign       | resign, resignation, step, quit
PL.M.0106 | RETREAT | mode=access       | access, corridor, crossing, open, humanitarian
PL.M.0107 | RETREAT | mode=withdraw     | withdraw, withdrawal, pull, retreat, evacuate
# ---- REQUEST / REJECT modes ----
PL.M.0201 | REQUEST | mode=meet         | meeting, talks, negotiation, summit, meet
PL.M.0202 | REQUEST | mode=assist       | aid, assistance, help, support, funding, loan, weapons
PL.M.0203 | REQUEST | mode=yield        | ceasefire, release, withdraw, surrender, resign, step
PL.M.0204 | REQUEST | mode=change       | reform, change, policy, election, law, rights
PL.M.0211 | REJECT  | mode=meet         | meeting, talks, negotiation, summit, meet, mediation
PL.M.0212 | REJECT  | mode=assist       | aid, assistance, help, support, funding, loan
PL.M.0213 | REJECT  | mode=yield        | ceasefire, release, withdraw, surrender, resign, demand, ultimatum
PL.M.0214 | REJECT  | mode=change       | reform, change, policy, proposal, plan, law
# ---- ACCUSE modes ----
PL.M.0301 | 09      | mode=investigate  | investigate, investigation, probe, inquiry, inspect
PL.M.0302 | 112     | mode=allege       | accuse, allege, blame, charge
PL.M.0303 | 111     | mode=disapprove   | criticize, condemn, denounce, deplore, slam
PL.M.0304 | ACCUSE  | mode=disapprove   | criticize, condemn, denounce, deplore
# ---- THREATEN modes ----
PL.M.0401 | THREATEN | mode=violence    | attack, strike, war, force, military, bomb, invade, kill
PL.M.0402 | THREATEN | mode=relations   | relations, ties, embassy, ambassador, diplomatic
PL.M.0403 | THREATEN | mode=restrict    | sanction, embargo, tariff, restriction, ban, blockade
PL.M.0404 | THREATEN | mode=arrest      | arrest, detain, jail, prosecute
PL.M.0405 | THREATEN | mode=expel       | expel, deport, expulsion
PL.M.0406 | THREATEN | mode=territory   | annex, territory, border, occupy
# ---- PROTEST modes ----
PL.M.0501 | PROTEST | mode=riot         | riot, rioter, clash, loot, torch
PL.M.0502 | PROTEST | mode=hunger       | hunger
PL.M.0503 | PROTEST | mode=strike       | strike, walkout, stoppage
PL.M.0504 | PROTEST | mode=boycott      | boycott
PL.M.0505 | PROTEST | mode=obstruct     | blockade, block, barricade, sit-in, occupy
PL.M.0506 | PROTEST | mode=vandalize    | vandalize, deface, graffiti
PL.M.0507 | PROTEST | mode=demo         | protest, demonstrate, demonstration, rally, march, protester, demonstrator
# ---- SANCTION modes ----
PL.M.0601 | SANCTION | mode=expel       | expel, expulsion, persona
PL.M.0602 | SANCTION | mode=convict     | convict, sentence, guilty, verdict
PL.M.0603 | 16       | mode=discontinue | halt, suspend, cut, stop, freeze, end
PL.M.0604 | SANCTION | mode=withdraw    | recall, withdraw, pull
# ---- MOBILIZE modes ----
PL.M.0701 | MOBILIZE | mode=police      | police, riot, gendarme
PL.M.0702 | MOBILIZE | mode=militia     | militia, volunteer, paramilitary
PL.M.0703 | MOBILIZE | mode=weapons     | missile, weapon, nuclear, warhead, deploy
PL.M.0704 | MOBILIZE | mode=troops      | troops, soldier, army, force, reservist, mobilize
# ---- COERCE modes ----
PL.M.0801 | COERCE  | mode=arrest       | arrest, detain, detention, jail, imprison, custody
PL.M.0802 | COERCE  | mode=deport       | deport, deportation, expel
PL.M.0803 | COERCE  | mode=curfew       | curfew
PL.M.0804 | COERCE  | mode=martial-law  | martial, emergency
PL.M.0805 | COERCE  | mode=censor       | censor, censorship, shut, block, ban
PL.M.0806 | COERCE  | mode=cyber        | cyber, hack, hacker, cyberattack, ransomware
PL.M.0807 | COERCE  | mode=seize        | seize, confiscate, expropriate, nationalize
PL.M.0808 | COERCE  | mode=withhold     | withhold, cut, halt
PL.M.0809 | COERCE  | mode=misinformation | disinformation, propaganda, misinformation
# ---- ASSAULT modes ----
PL.M.0901 | ASSAULT | mode=suicide-attack | suicide
PL.M.0902 | ASSAULT | mode=drone        | drone, uav
PL.M.0903 | ASSAULT | mode=aerial       | airstrike, air, bomb, bombing, jet, warplane, aircraft
PL.M.0904 | ASSAULT | mode=heavy-weapons | artillery, shell, shelling, rocket, missile, mortar, tank
PL.M.0905 | ASSAULT | mode=explosives   | explosive, ied, bomb, blast, explosion, landmine, mine
PL.M.0906 | ASSAULT | mode=firearms     | shoot, gun, gunman, gunfire, rifle, shot, sniper
PL.M.0907 | ASSAULT | mode=abduct       | abduct, kidnap, abduction, hostage
PL.M.0908 | ASSAULT | mode=torture      | torture
PL.M.0909 | ASSAULT | mode=sexual       | rape, sexual
PL.M.0910 | ASSAULT | mode=targeted     | assassinate, assassination
PL.M.0911 | ASSAULT | mode=crowd-control | tear, teargas, baton, rubber, disperse
PL.M.0912 | ASSAULT | mode=unconventional | chemical, biological, nuclear, gas
PL.M.0913 | ASSAULT | mode=destroy      | destroy, demolish, raze, burn, bulldoze
PL.M.0914 | ASSAULT | mode=beat         | beat, beating, assault
PL.M.0915 | ASSAULT | mode=primitive    | knife, machete, stab, stone

# ---- Contexts (all matching rules apply) ----
PL.C.0001 | 05      | context=diplomatic        | recognition, recognize, relations, embassy, ambassador, diplomatic, credentials
PL.C.0002 | 16      | context=diplomatic        | relations, embassy, ambassador, diplomatic, envoy
PL.C.0003 | *       | context=diplomatic        | embassy, ambassador, envoy, diplomat, diplomatic, consulate
PL.C.0004 | *       | context=military          | military, army, troops, soldier, weapon, missile, defense, defence
PL.C.0005 | *       | context=economic          | trade, tariff, economy, economic, investment, export, import, energy, oil, gas, market, currency, loan
PL.C.0006 | *       | context=human_rights      | rights, torture, abuse, atrocity, genocide
PL.C.0007 | *       | context=gender            | woman, girl, gender
PL.C.0008 | *       | context=election          | election, vote, ballot, poll, referendum, candidate
PL.C.0009 | *       | context=legislative       | parliament, legislature, lawmaker, congress, senate, bill
PL.C.0010 | *       | context=legal             | court, judge, trial, lawsuit, verdict, prosecutor, indictment
PL.C.0011 | *       | context=terrorism         | terrorist, terrorism, jihadist
PL.C.0012 | *       | context=territory         | border, territory, annexation, annex, sovereignty
PL.C.0013 | *       | context=peacekeeping      | peacekeeper, peacekeeping
PL.C.0014 | *       | context=health            | health, disease, epidemic, pandemic, vaccine, hospital, cholera
PL.C.0015 | *       | context=asylum            | asylum, refugee
PL.C.0016 | *       | context=migration         | migrant, migration, immigration, deportation
PL.C.0017 | *       | context=disasters         | earthquake, flood, hurricane, cyclone, drought, famine, disaster
PL.C.0018 | *       | context=environment       | climate, emission, pollution, environment
PL.C.0019 | *       | context=natural_resource  | oil, gas, mine, mining, water, lithium
PL.C.0020 | *       | context=cbrn              | nuclear, uranium, enrichment, chemical, biological
PL.C.0021 | *       | context=cyber             | cyber, hack, hacker, cyberattack, ransomware
PL.C.0022 | *       | context=corruption        | corruption, bribe, bribery, embezzlement
PL.C.0023 | *       | context=illegal_drugs     | drug, cocaine, heroin, fentanyl, opium, narcotic, cartel
PL.C.0024 | *       | context=trafficking       | trafficking, smuggling, smuggler, trafficker
PL.C.0025 | *       | context=crime             | crime, criminal, gang, murder, robbery
PL.C.0026 | *       | context=religion_ethnicity | religious, mosque, church, ethnic, muslim, christian, jewish, hindu, sectarian
PL.C.0027 | *       | context=intelligence      | intelligence, spy, espionage
PL.C.0028 | *       | context=repression        | crackdown, repression, dissident
PL.C.0029 | *       | context=rights_freedoms   | freedom, speech, press, censorship
PL.C.0030 | *       | context=misinformation    | disinformation, propaganda, misinformation
PL.C.0031 | *       | context=human_security    | humanitarian, civilian, displaced, hunger
PL.C.0032 | *       | context=executive         | president, cabinet, premier, decree
PL.C.0033 | *       | context=pro_democracy     | democracy, pro-democracy
PL.C.0034 | *       | context=technology        | technology, semiconductor, chip, artificial
PL.C.0035 | *       | context=reparations       | reparation, compensation
PL.C.0036 | *       | context=inequality        | inequality, poverty, wage
PL.C.0037 | *       | context=lgbt              | lgbt, gay, lesbian, transgender
PL.C.0038 | *       | context=political_institutions | constitution, institution, coup, junta
