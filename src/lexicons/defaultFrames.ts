import { type FrameDictionary, FrameDictionarySchema } from "./frameSchema";

/**
 * The default frames for China–US cyberspace discourse. Entries were chosen from the vocabulary
 * of international-relations commentary on cyber issues, in English and in Chinese (Chinese
 * entries are words as jieba cuts them; a * glob covers compounds such as 合作共赢), so op-eds in
 * either language land on the same frames; check the coverage view (`frameCoverage`) on your own
 * corpus and extend them in a JSON or YAML file of the same shape.
 */
export const defaultFrames: FrameDictionary = FrameDictionarySchema.parse({
  name: "China–US cyber frames (default)",
  description: "Seven frames common in commentary on China–US relations in cyberspace.",
  frames: [
    {
      id: "cooperation",
      label: "Cooperation",
      rationale: "Joint action and shared gains: the vocabulary of engagement and partnership.",
      entries: ["cooperat*", "collaborat*", "partner*", "jointly", "work together", "work with each other", "win-win", "mutual benefit", "common ground", "consensus", "agreement*", "coordinat*", "合作*", "*共赢", "伙伴*", "协作", "携手", "共同利益", "共识"],
    },
    {
      id: "competition",
      label: "Competition / rivalry",
      rationale: "Power struggle between the two states: containment, dominance and zero-sum moves.",
      entries: ["competit*", "rival*", "zero-sum", "contain*", "suppress*", "decoupl*", "dominan*", "dominat*", "superiority", "hegemon*", "confrontation*", "tug-of-war", "security dilemma", "cold war", "sanction*", "pressur*", "power gap", "竞争*", "遏制*", "打压*", "脱钩", "冷战*", "零和*", "对抗", "霸权*", "制裁", "单边制裁", "施压"],
    },
    {
      id: "security",
      label: "Security / threat",
      rationale: "Cyberspace as a source of danger: attacks, crime, terrorism and the security response.",
      entries: ["secur*", "cybersecurity", "threat*", "attack*", "crime*", "criminal*", "terroris*", "cyber-terrorism", "counterterrorism", "hack*", "espionage", "vulnerab*", "risk*", "law-enforcement", "abuse", "安全", "网络安全", "国家安全", "威胁*", "攻击*", "网络犯罪", "犯罪", "黑客*", "恐怖主义", "风险"],
    },
    {
      id: "governance",
      label: "Sovereignty / governance",
      rationale: "Who makes and enforces the rules of cyberspace: sovereignty, norms and order.",
      entries: ["sovereign*", "governance", "governed", "govern", "norm*", "rule*", "order", "regulat*", "autonomy", "jurisdiction", "framework", "stakeholder*", "multistakeholder", "主权", "网络主权", "治理", "规则", "秩序", "规范", "框架", "网络空间命运共同体"],
    },
    {
      id: "development",
      label: "Development / economy",
      rationale: "Cyberspace as an engine of growth: development, markets, firms and innovation.",
      entries: ["develop*", "econom*", "market*", "innovat*", "trade", "industr*", "manufactur*", "growth", "prosper*", "enterprise*", "compan*", "business*", "consumer*", "digital divide", "发展", "经济", "数字经济", "市场", "创新", "贸易", "产业", "企业", "技术"],
    },
    {
      id: "trust",
      label: "Trust / dialogue",
      rationale: "Building confidence between the sides: trust, respect, exchange and diplomacy.",
      entries: ["trust*", "distrust", "mistrust", "dialogue*", "exchange*", "communicat*", "understanding", "mutual respect", "respect", "confidence", "transparen*", "diplomacy", "doubts", "restraint", "互信", "信任", "对话", "沟通", "交流", "相互尊重", "尊重", "理解", "外交"],
    },
    {
      id: "ideology",
      label: "Ideology / values",
      rationale: "Cyberspace as a contest of political values: freedom, democracy, authoritarianism, ideology.",
      entries: ["ideolog*", "values", "freedom", "democra*", "authoritarian*", "human rights", "public opinion", "propaganda", "techno-nationalism", "capitalism", "communism", "censor*", "control", "意识形态", "价值观", "民主", "人权", "自由", "威权*", "数字威权主义", "政治化"],
    },
  ],
});
