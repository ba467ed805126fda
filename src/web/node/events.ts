/**
 * Node's `events` for the browser bundle: the EventEmitter exceljs and readable-stream use (on, once, emit,
 * remove, prepend, listeners). A constructor function, not a class: readable-stream inherits the old way
 * (`EventEmitter.call(this)` and `inherits`), which a class constructor refuses.
 */
type Listener = ((...args: unknown[]) => void) & { listener?: Listener };
type Type = string | symbol;

interface Emitter {
  _handlers?: Map<Type, Listener[]>;
}

export interface EventEmitter extends Emitter {
  on(type: Type, listener: Listener): this;
  emit(type: Type, ...args: unknown[]): boolean;
}

/** The listeners of an emitter, made on first use (a subclass may never call the constructor). */
function handlersOf(emitter: Emitter): Map<Type, Listener[]> {
  emitter._handlers ??= new Map();
  return emitter._handlers;
}

function add(emitter: Emitter, type: Type, listener: Listener, first: boolean): void {
  const handlers = handlersOf(emitter);
  if (handlers.has('newListener'))
    (emitter as EventEmitter).emit('newListener', type, listener.listener ?? listener);
  const list = handlers.get(type) ?? [];
  if (first) list.unshift(listener);
  else list.push(listener);
  handlers.set(type, list);
}

function onceWrapper(emitter: Emitter, type: Type, listener: Listener): Listener {
  const wrapped: Listener = function (this: unknown, ...args: unknown[]) {
    methods.removeListener.call(emitter, type, wrapped);
    listener.apply(emitter, args);
  };
  wrapped.listener = listener;
  return wrapped;
}

const methods = {
  setMaxListeners(this: Emitter) {
    return this;
  },
  getMaxListeners(): number {
    return 10;
  },
  on(this: Emitter, type: Type, listener: Listener) {
    add(this, type, listener, false);
    return this;
  },
  addListener(this: Emitter, type: Type, listener: Listener) {
    add(this, type, listener, false);
    return this;
  },
  prependListener(this: Emitter, type: Type, listener: Listener) {
    add(this, type, listener, true);
    return this;
  },
  once(this: Emitter, type: Type, listener: Listener) {
    add(this, type, onceWrapper(this, type, listener), false);
    return this;
  },
  prependOnceListener(this: Emitter, type: Type, listener: Listener) {
    add(this, type, onceWrapper(this, type, listener), true);
    return this;
  },
  off(this: Emitter, type: Type, listener: Listener) {
    return methods.removeListener.call(this, type, listener);
  },
  removeListener(this: Emitter, type: Type, listener: Listener) {
    const handlers = handlersOf(this);
    const list = handlers.get(type);
    if (list === undefined) return this;
    const at = list.findIndex((each) => each === listener || each.listener === listener);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) handlers.delete(type);
    if (at >= 0 && handlers.has('removeListener'))
      (this as EventEmitter).emit('removeListener', type, listener);
    return this;
  },
  removeAllListeners(this: Emitter, type?: Type) {
    if (type === undefined) handlersOf(this).clear();
    else handlersOf(this).delete(type);
    return this;
  },
  emit(this: Emitter, type: Type, ...args: unknown[]): boolean {
    const list = handlersOf(this).get(type);
    if (list === undefined || list.length === 0) {
      if (type === 'error') throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
      return false;
    }
    for (const listener of [...list]) listener.apply(this, args);
    return true;
  },
  listeners(this: Emitter, type: Type): Listener[] {
    return (handlersOf(this).get(type) ?? []).map((each) => each.listener ?? each);
  },
  rawListeners(this: Emitter, type: Type): Listener[] {
    return [...(handlersOf(this).get(type) ?? [])];
  },
  listenerCount(this: Emitter, type: Type): number {
    return handlersOf(this).get(type)?.length ?? 0;
  },
  eventNames(this: Emitter): Type[] {
    return [...handlersOf(this).keys()];
  },
};

export const EventEmitter = function EventEmitter(this: Emitter) {
  handlersOf(this);
} as unknown as {
  new (): EventEmitter;
  (this: Emitter): void;
  prototype: typeof methods;
  EventEmitter: unknown;
  defaultMaxListeners: number;
  listenerCount(emitter: EventEmitter, type: Type): number;
};
Object.assign(EventEmitter.prototype, methods);
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.listenerCount = (emitter, type) => methods.listenerCount.call(emitter, type);

export default EventEmitter;
