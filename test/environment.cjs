// jest's node environment with the typed arrays of Node's own realm. onnxruntime-node (the OCR
// line reader) makes its output tensors from arrays its native code allocates in Node's realm
// and checks them with `instanceof` against the sandbox's Float32Array, which jest gives a realm
// of its own (it already shares Uint8Array and Buffer this way).
const { TestEnvironment } = require('jest-environment-node');

const SHARED = ['Float32Array', 'Float64Array', 'Int8Array', 'Int16Array', 'Int32Array', 'Uint16Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

class NodeRealmEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}

module.exports = NodeRealmEnvironment;
