"""Java and Maven resources of kg's local Neo4j server (not Python code).

``pom.xml`` names the jars to fetch from Maven Central; ``Launcher.java`` starts the embedded
DBMS with Bolt on 127.0.0.1. Both are read by :mod:`kg.store.neo4j_server`. This file only
makes the folder a package so the resources ship inside kg's wheel.
"""
