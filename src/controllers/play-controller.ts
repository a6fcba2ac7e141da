/**
 * Play's shell: `play()`, `pause()` and the toolbar's toggle, with the walk itself (player.ts)
 * loaded the first time a timeline plays, so that pages that never play never download it.
 */
import type { ReactiveController } from 'lit';
import type * as PlayerModule from './player.js';
import type { ElementHost } from './host.js';
import { playerChunk as chunk } from './chunks.js';

export class PlayController implements ReactiveController {
  private player: PlayerModule.Player | undefined;
  /** Set between a play() and the chunk's arrival: a pause() meanwhile cancels it. */
  private starting = false;

  constructor(
    private readonly host: ElementHost,
    private readonly inputs: PlayerModule.PlayerInputs,
  ) {
    host.addController(this);
  }

  get playing(): boolean {
    return this.player?.playing ?? this.starting;
  }

  play(): void {
    if (this.player) {
      this.player.play();
      return;
    }
    this.starting = true;
    this.host.requestUpdate();
    void chunk.load().then((m) => {
      this.player ??= new m.Player(this.host, this.inputs);
      if (!this.starting) return;
      this.starting = false;
      this.player.play();
    });
  }

  pause(): void {
    this.starting = false;
    this.player?.pause();
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  hostDisconnected(): void {
    this.pause();
  }
}
