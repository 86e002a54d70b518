INSERT INTO person (name) VALUES ('ada');
INSERT INTO person (name) VALUES ('grace');
