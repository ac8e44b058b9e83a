// App: whoami with the official SDK.
import Mux from "official-mux-node";

export async function main() {
  const mux = new Mux();
  return mux.system.utilities.whoami();
}
