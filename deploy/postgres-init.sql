-- The three databases the production profile uses (PostgreSQL's image runs this once).
CREATE DATABASE directory;
CREATE DATABASE gateway;
CREATE DATABASE rasa;
