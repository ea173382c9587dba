// @brief Placeholder until the indexer tool lands.
int main() { return 2; }
