// The five operations under test, as users call them: from the leaf packages.
export {
  createSigningKey as createKey,
  deleteSigningKey as deleteKey,
  listSigningKeys as listKeys,
  retrieveSigningKey as retrieveKey,
  type SigningKey,
} from "@mux/signing-keys";
export { type Whoami, whoami } from "@mux/utilities";
