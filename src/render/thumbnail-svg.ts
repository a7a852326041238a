/**
 * A chart's drawing as a thumbnail: its marks without any text (labels,
 * axes, titles of the axes) nor the leader lines of its labels. A
 * thumbnail is the narrow drawing scaled into a card, where its 12 px text
 * would be 8–9 px: it shows the shape, the card's link names the chart and
 * the drawing keeps its <title> and <desc> (and each mark its tooltip).
 */
export function thumbnailSvg(svg: string): string {
  return svg
    .replace(/<text\b[^>]*\/>|<text\b[^>]*>[\s\S]*?<\/text>/g, "")
    .replace(/<g\b[^>]*class="tp-leader"[^>]*\/>/g, "")
    .replace(/<g\b[^>]*class="tp-leader"[^>]*>[\s\S]*?<\/g>/g, "");
}
