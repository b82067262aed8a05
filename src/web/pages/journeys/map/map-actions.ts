/** @module What the map's boxes and arrows share: click handlers, the hovered transition, how numbers are shown. */
import { createContext, use } from 'react';

export interface MapActionsValue {
  approximate: boolean;
  hovered: string | null;
  setHovered: (edgeId: string | null) => void;
  onActivity?: ((activity: string) => void) | undefined;
  onEdge?: ((from: string, to: string) => void) | undefined;
  dimOffPath: boolean;
}

const Context = createContext<MapActionsValue>({
  approximate: false,
  hovered: null,
  setHovered: () => undefined,
  dimOffPath: false,
});

export const MapActions = Context.Provider;
export const useMapActions = () => use(Context);
