import { type ActorRegistry, ActorRegistrySchema } from "./actorSchema";

/**
 * The default actors of China–US discourse: the two states, the capitals and leaders that speak
 * for them (children of the state, so their mentions also count for it), and the firms and media
 * the seed op-eds name. Demonyms ("Chinese", "American") are weaker mentions; "the two countries",
 * "both sides" and "Sino-US" name both states at once. Each actor has its Chinese names too (美国,
 * 美方, 华盛顿, 中国, 中方, 北京, 习近平, 拜登…), so Chinese op-eds land on the same actor rows.
 * In term counts their spellings fold into one term (src/text/aliasFolds.ts); phrasings that are
 * not spellings of a name ("America", "the Chinese side", "the White House") are marked
 * `fold: false` and keep their own terms. Extend it with `--actors FILE` or by passing your own registry.
 */
export const defaultActors: ActorRegistry = ActorRegistrySchema.parse({
  name: "China–US actors (default)",
  // A statement about "both countries" says nothing that tells the two apart: collectives are
  // found and listed, but count for neither unless you raise this weight.
  collectiveWeight: 0,
  actors: [
    {
      id: "china", label: "China", kind: "state",
      aliases: ["China", "the People's Republic of China", "People's Republic of China", "PRC",
        { text: "the Chinese government", fold: false }, { text: "Chinese government", fold: false }, { text: "the Chinese side", fold: false },
        "中国", { text: "中方", fold: false }, "中华人民共和国", { text: "中国政府", fold: false }],
      demonyms: ["Chinese"],
    },
    {
      id: "united_states", label: "United States", kind: "state",
      aliases: ["the United States", "United States", "United States of America", "US", "U.S.", "USA", { text: "America", fold: false },
        { text: "the US government", fold: false }, { text: "the American government", fold: false }, { text: "American government", fold: false },
        "美国", { text: "美方", fold: false }, "美利坚合众国", { text: "美国政府", fold: false }],
      demonyms: ["American", "Americans", "美国人"],
    },
    { id: "beijing", label: "Beijing (Chinese government)", term: "Beijing", kind: "government", parent: "china", aliases: ["Beijing", "北京"] },
    {
      id: "washington", label: "Washington (US government)", term: "Washington", kind: "government", parent: "united_states",
      aliases: ["Washington", { text: "the White House", fold: false }, { text: "White House", fold: false }, "华盛顿", { text: "白宫", fold: false }],
    },
    { id: "xi_jinping", label: "Xi Jinping", kind: "person", parent: "china", aliases: ["President Xi Jinping", "Xi Jinping", "President Xi", "Xi", "习近平"] },
    { id: "barack_obama", label: "Barack Obama", kind: "person", parent: "united_states", aliases: ["Barack Obama", "President Obama", "Obama", "奥巴马"] },
    {
      id: "obama_administration", label: "Obama administration", kind: "government", parent: "united_states", fold: false,
      aliases: ["the Obama administration", "Obama administration", "the Barack Obama administration", "Barack Obama administration"],
    },
    { id: "donald_trump", label: "Donald Trump", kind: "person", parent: "united_states", aliases: ["Donald Trump", "President Trump", "Trump", "特朗普"] },
    { id: "joe_biden", label: "Joe Biden", kind: "person", parent: "united_states", aliases: ["Joe Biden", "President Biden", "Biden", "拜登"] },
    {
      id: "us_media", label: "US media", kind: "media", parent: "united_states", fold: false,
      aliases: [
        "US media", "American media", "Western media", "the lopsided media coverage in the United States",
        "lopsided media coverage in the United States", "the media coverage in the United States", "media coverage in the United States",
      ],
    },
    { id: "china_daily", label: "China Daily", kind: "media", parent: "china", aliases: ["China Daily", "中国日报"] },
    { id: "apple", label: "Apple", kind: "firm", aliases: [{ text: "Apple Pay", fold: false }, "Apple"] },
    { id: "microsoft", label: "Microsoft", kind: "firm", aliases: ["Microsoft", "微软"] },
    { id: "china_unionpay", label: "China UnionPay", kind: "firm", aliases: ["China UnionPay", "UnionPay"] },
  ],
  collectives: [
    {
      aliases: ["the two countries", "both countries", "both sides", "the two sides", "the two cyber powers", "Sino-US", "China-US", "US-China", "U.S.-China", "China-U.S.",
        "中美", "中美两国", "两国", "双方", "中美双方"],
      actors: ["china", "united_states"],
    },
  ],
});
