import { type FrameDictionary, FrameDictionarySchema } from "./frameSchema";

/**
 * The default frames for China–US cyberspace discourse. Entries were chosen from the vocabulary
 * of international-relations commentary on cyber issues; check the coverage view
 * (`frameCoverage`) on your own corpus and extend them in a JSON or YAML file of the same shape.
 */
export const defaultFrames: FrameDictionary = FrameDictionarySchema.parse({
  name: "China–US cyber frames (default)",
  description: "Seven frames common in commentary on China–US relations in cyberspace.",
  frames: [
    {
      id: "cooperation",
      label: "Cooperation",
      rationale: "Joint action and shared gains: the vocabulary of engagement and partnership.",
      entries: ["cooperat*", "collaborat*", "partner*", "jointly", "work together", "work with each other", "win-win", "mutual benefit", "common ground", "consensus", "agreement*", "coordinat*"],
    },
    {
      id: "competition",
      label: "Competition / rivalry",
      rationale: "Power struggle between the two states: containment, dominance and zero-sum moves.",
      entries: ["competit*", "rival*", "zero-sum", "contain*", "suppress*", "decoupl*", "dominan*", "dominat*", "superiority", "hegemon*", "confrontation*", "tug-of-war", "security dilemma", "cold war", "sanction*", "pressur*", "power gap"],
    },
    {
      id: "security",
      label: "Security / threat",
      rationale: "Cyberspace as a source of danger: attacks, crime, terrorism and the security response.",
      entries: ["secur*", "cybersecurity", "threat*", "attack*", "crime*", "criminal*", "terroris*", "cyber-terrorism", "counterterrorism", "hack*", "espionage", "vulnerab*", "risk*", "law-enforcement", "abuse"],
    },
    {
      id: "governance",
      label: "Sovereignty / governance",
      rationale: "Who makes and enforces the rules of cyberspace: sovereignty, norms and order.",
      entries: ["sovereign*", "governance", "governed", "govern", "norm*", "rule*", "order", "regulat*", "autonomy", "jurisdiction", "framework", "stakeholder*", "multistakeholder"],
    },
    {
      id: "development",
      label: "Development / economy",
      rationale: "Cyberspace as an engine of growth: development, markets, firms and innovation.",
      entries: ["develop*", "econom*", "market*", "innovat*", "trade", "industr*", "manufactur*", "growth", "prosper*", "enterprise*", "compan*", "business*", "consumer*", "digital divide"],
    },
    {
      id: "trust",
      label: "Trust / dialogue",
      rationale: "Building confidence between the sides: trust, respect, exchange and diplomacy.",
      entries: ["trust*", "distrust", "mistrust", "dialogue*", "exchange*", "communicat*", "understanding", "mutual respect", "respect", "confidence", "transparen*", "diplomacy", "doubts", "restraint"],
    },
    {
      id: "ideology",
      label: "Ideology / values",
      rationale: "Cyberspace as a contest of political values: freedom, democracy, authoritarianism, ideology.",
      entries: ["ideolog*", "values", "freedom", "democra*", "authoritarian*", "human rights", "public opinion", "propaganda", "techno-nationalism", "capitalism", "communism", "censor*", "control"],
    },
  ],
});
