/**
 * Bar patterns as vector strokes, for printing to PDF. Plotly fills a patterned bar with an SVG
 * <pattern> (a coloured tile with white hatching), and Chromium's PDF printer turns every pattern
 * fill into a raster image: a paper figure with patterned bars would be part bitmap and megabytes
 * large. Each patterned shape is replaced by a group clipped to the shape: the shape in the tile's
 * colour, then the tile's hatching repeated over the shape's box, on the pattern's own grid (a
 * `userSpaceOnUse` pattern starts at the user space's origin, moved by its patternTransform), so
 * the page looks the same.
 *
 * Runs in the page (passed to `page.evaluate`): it may use the DOM only. Returns the number of
 * shapes redrawn.
 */
export function vectorizePatterns(): number {
  const SVG = "http://www.w3.org/2000/svg";
  let redrawn = 0;
  const shapes = Array.from(document.querySelectorAll<SVGGraphicsElement>("svg *")).filter((el) => /url\(/.test(el.style.fill || el.getAttribute("fill") || ""));
  for (const shape of shapes) {
    const id = /url\(\s*['"]?#([^'")]+)/.exec(shape.style.fill || shape.getAttribute("fill") || "")?.[1];
    const pattern = id ? (document.getElementById(id) as Element | null) : null;
    if (!pattern || pattern.tagName !== "pattern" || pattern.getAttribute("patternUnits") !== "userSpaceOnUse") continue;
    const w = parseFloat(pattern.getAttribute("width") ?? "");
    const h = parseFloat(pattern.getAttribute("height") ?? "");
    const tile = pattern.querySelector("rect");
    const hatching = pattern.querySelector("path");
    if (!(w > 0 && h > 0) || !tile) continue;
    const root = shape.ownerSVGElement!;
    let defs = root.querySelector("defs");
    if (!defs) defs = root.insertBefore(document.createElementNS(SVG, "defs"), root.firstChild);
    const clip = document.createElementNS(SVG, "clipPath");
    clip.id = `${id}-clip-${redrawn}`;
    const outline = shape.cloneNode(false) as SVGGraphicsElement;
    outline.removeAttribute("style");
    outline.removeAttribute("class");
    clip.appendChild(outline);
    defs.appendChild(clip);

    const group = document.createElementNS(SVG, "g");
    if (shape.style.opacity) group.style.opacity = shape.style.opacity;
    if (shape.getAttribute("transform")) group.setAttribute("transform", shape.getAttribute("transform")!);
    outline.removeAttribute("transform");
    const base = shape.cloneNode(false) as SVGGraphicsElement;
    base.removeAttribute("transform");
    base.style.fill = tile.getAttribute("fill") ?? "none";
    base.style.fillOpacity = tile.getAttribute("fill-opacity") ?? "1";
    base.style.opacity = "";
    group.appendChild(base);
    if (hatching) {
      // The tiles lie on the pattern's grid, which its patternTransform (a legend's scale(0.8))
      // maps into the shape's space: the shape's box is taken back to the grid to know which tiles
      // it covers.
      const matrix = (pattern as SVGPatternElement).patternTransform.baseVal.consolidate()?.matrix ?? new DOMMatrix();
      const inverse = DOMMatrix.fromMatrix(matrix).inverse();
      const box = shape.getBBox();
      const corners = [[box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height]].map(([x, y]) => inverse.transformPoint(new DOMPoint(x, y)));
      const [x0, x1] = [Math.min(...corners.map((p) => p.x)), Math.max(...corners.map((p) => p.x))];
      const [y0, y1] = [Math.min(...corners.map((p) => p.y)), Math.max(...corners.map((p) => p.y))];
      const clipped = document.createElementNS(SVG, "g");
      clipped.setAttribute("clip-path", `url(#${clip.id})`);
      // The hatching's opacity on the group, not on each copy: the printer makes a transparency
      // group of each element with an opacity, and copies that meet at a tile's edge would overlap.
      const lines = document.createElementNS(SVG, "g");
      lines.setAttribute("transform", `matrix(${matrix.a},${matrix.b},${matrix.c},${matrix.d},${matrix.e},${matrix.f})`);
      const opacity = hatching.getAttribute("opacity");
      if (opacity) lines.setAttribute("opacity", opacity);
      for (let x = Math.floor(x0 / w) * w; x < x1; x += w) {
        for (let y = Math.floor(y0 / h) * h; y < y1; y += h) {
          const copy = hatching.cloneNode(false) as SVGPathElement;
          copy.removeAttribute("opacity");
          copy.setAttribute("transform", `translate(${x},${y})`);
          lines.appendChild(copy);
        }
      }
      clipped.appendChild(lines);
      group.appendChild(clipped);
    }
    shape.replaceWith(group);
    redrawn++;
  }
  return redrawn;
}
