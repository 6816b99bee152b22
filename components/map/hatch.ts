/** A small diagonal-hatch image for "no data" counties (drawn once, added to the map as a pattern). */
export function hatchImage(size = 8, color: [number, number, number, number] = [150, 160, 170, 150]): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if ((x + y) % size === 0) data.set(color, (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
