import { type SentimentLexicon, SentimentLexiconSchema } from "./sentimentSchema";

/**
 * International-relations additions to the general lexicon: words whose valence in IR commentary
 * differs from everyday use or that AFINN lacks ("containment", "hegemony", "win-win"), plus the
 * cue words of target-directed scoring. Weights are in [-1, 1]; AFINN's -5..5 is scaled by 1/5.
 */
export const irSentiment: SentimentLexicon = SentimentLexiconSchema.parse({
  name: "International-relations sentiment additions (default)",
  terms: {
    "containment": -0.6, "contain": -0.3, "hegemony": -0.7, "hegemonic": -0.7, "hegemon": -0.6,
    "sanctions": -0.5, "sanction": -0.5, "sanctioned": -0.4, "decoupling": -0.5, "decouple": -0.4,
    "suppression": -0.7, "suppress": -0.6, "suppressing": -0.6, "bully": -0.7, "bullying": -0.7,
    "coercion": -0.7, "coerce": -0.6, "aggression": -0.7, "aggressive": -0.6, "techno-nationalism": -0.5,
    "interference": -0.5, "interfere": -0.5, "meddling": -0.6, "provocation": -0.6, "provocative": -0.6,
    "pretext": -0.6, "manipulate": -0.7, "manipulation": -0.7, "monopoly": -0.4, "dominance": -0.3,
    "absolute dominance": -0.6, "absolute superiority": -0.5, "zero-sum": -0.5, "cold war": -0.5,
    "confrontation": -0.5, "unilateral": -0.4, "espionage": -0.6, "cyberattack": -0.6, "cyberattacks": -0.6,
    "cyber attacks": -0.5, "theft": -0.7, "lopsided": -0.5, "biased": -0.6, "inaccurate": -0.5,
    "distort": -0.6, "distorted": -0.6, "smear": -0.7, "authoritarian": -0.6, "digital authoritarian": -0.6,
    "irresponsible": -0.6, "irresponsibly": -0.6, "hostile": -0.6, "hostility": -0.6, "tensions": -0.3,
    "mutual respect": 0.7, "mutual trust": 0.6, "mutual benefit": 0.6, "win-win": 0.6,
    "win-win cooperation": 0.7, "cooperation": 0.4, "cooperate": 0.4, "cooperating": 0.4,
    "peaceful coexistence": 0.6, "common ground": 0.5, "consensus": 0.4, "dialogue": 0.3,
    "responsible": 0.5, "responsible power": 0.7, "constructive": 0.5, "restraint": 0.3, "stability": 0.3,
    "leadership": 0.3, "partnership": 0.5, "trust": 0.4, "respect": 0.5, "fair": 0.4, "just": 0.2,
    "reasonable": 0.4, "sovereignty": 0.1, "firmly upholds": 0.4, "upholds": 0.3, "contribute": 0.3,
    "confident": 0.4, "welcome": 0.4, "boon": 0.6, "helpful": 0.4, "patience": 0.4, "saved": 0.4,
    "stalling": -0.4, "stall": -0.3, "stalled": -0.3, "accused": -0.3, "critics": -0.1,
  },
  blame: [
    "suppress", "suppressing", "suppression", "sanction", "sanctions", "sanctioned", "sanctioning",
    "contain", "containing", "containment", "bully", "bullied", "bullying", "coerce", "coercion", "pressure",
    "pressured", "pressuring", "attack", "attacked", "attacking", "attacks", "manipulate",
    "manipulated", "manipulating", "distort", "distorted", "distorting", "smear", "smeared", "threaten",
    "threatened", "threatening", "punish", "punished", "ban", "banned", "banning", "target", "targeted",
    "targeting", "hack", "hacked", "hacking", "spy", "spied", "spying", "steal", "stole", "stolen", "kill",
    "killed", "killing", "harass", "harassed", "arrest", "arrested", "detain", "detained", "insult",
    "insulted", "mock", "mocked", "attacker", "invade", "invaded", "abuse", "abused", "portray", "portraying",
  ],
  accuse: [
    "accuse", "accused", "accuses", "accusing", "blame", "blamed", "blames", "blaming", "criticize", "criticized",
    "criticizes", "criticizing", "criticise", "criticised", "condemn", "condemned", "condemns", "denounce",
    "denounced", "fault", "faulted", "charge", "charged", "indict", "indicted", "convict", "convicted",
    "slam", "slammed", "rebuke", "rebuked",
  ],
  negators: [
    "not", "no", "never", "n't", "nor", "neither", "without", "hardly", "barely", "cannot", "nothing",
    "none", "nobody", "lack", "lacks", "lacking", "fail", "failed", "fails",
  ],
  intensifiers: {
    "very": 1.3, "extremely": 1.5, "highly": 1.3, "deeply": 1.3, "strongly": 1.3, "truly": 1.2, "really": 1.2,
    "so": 1.2, "too": 1.2, "most": 1.2, "fully": 1.2, "firmly": 1.2, "particularly": 1.2, "especially": 1.2,
    "slightly": 0.6, "somewhat": 0.6, "partly": 0.6, "rather": 0.8, "fairly": 0.8, "barely": 0.5, "less": 0.6,
  },
  contrast: ["but", "however", "yet", "although", "though", "despite", "whereas", "while", "nevertheless", "nonetheless"],
});
