// App: whoami through our umbrella package.
import Mux from "@mux/mux-node";

export async function main() {
  const mux = new Mux();
  return mux.system.utilities.whoami();
}
