// @brief Placeholder until the searcher tool lands.
int main() { return 2; }
