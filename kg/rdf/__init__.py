"""kg's graph as RDF: its vocabulary and SHACL shapes, the statements every RDF format is
written from, validation against the shapes, SPARQL over the graph, and pushing it to a
Graph Store Protocol server."""
