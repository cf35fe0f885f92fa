/**
 * 256 short, common French words a child of 6 can read and type (no accents, no capitals): a first password is two
 * of them and two digits (decision 0010). Exactly 256, so that one byte of the HMAC picks one word uniformly.
 * Never reorder or edit: a printed sheet's first password would change.
 */
export const FIRST_PASSWORD_WORDS: readonly string[] = [
  'lapin', 'chat', 'chien', 'loup', 'ours', 'lion', 'tigre', 'zebre', 'singe', 'souris', 'cheval', 'poney',
  'vache', 'mouton', 'cochon', 'poule', 'coq', 'canard', 'oie', 'dinde', 'chevre', 'ane', 'renard', 'hibou',
  'aigle', 'pigeon', 'merle', 'pie', 'corbeau', 'cygne', 'phoque', 'baleine', 'dauphin', 'requin', 'poisson',
  'crabe', 'homard', 'moule', 'escargot', 'fourmi', 'abeille', 'papillon', 'mouche', 'araignee', 'tortue',
  'lezard', 'serpent', 'castor', 'marmotte', 'taupe', 'herisson', 'girafe', 'panda', 'koala', 'chameau',
  'rhino', 'hippo', 'bison', 'cerf', 'biche', 'faon', 'pomme', 'poire', 'prune', 'cerise', 'fraise', 'melon',
  'banane', 'orange', 'citron', 'raisin', 'kiwi', 'abricot', 'peche', 'ananas', 'mangue', 'noix', 'noisette',
  'carotte', 'tomate', 'radis', 'chou', 'navet', 'poireau', 'salade', 'haricot', 'mais', 'riz', 'pain',
  'gateau', 'tarte', 'biscuit', 'bonbon', 'sucre', 'miel', 'lait', 'beurre', 'fromage', 'yaourt', 'soupe',
  'pizza', 'crepe', 'gaufre', 'vert', 'bleu', 'rouge', 'jaune', 'rose', 'violet', 'blanc', 'noir', 'gris',
  'brun', 'soleil', 'lune', 'etoile', 'nuage', 'pluie', 'neige', 'vent', 'orage', 'arc', 'ciel', 'mer', 'lac',
  'riviere', 'ile', 'plage', 'sable', 'caillou', 'rocher', 'montagne', 'colline', 'foret', 'arbre', 'fleur',
  'feuille', 'herbe', 'tulipe', 'rosier', 'sapin', 'chene', 'bambou', 'mousse', 'ballon', 'velo', 'train',
  'avion', 'bateau', 'fusee', 'camion', 'auto', 'moto', 'tracteur', 'robot', 'toupie', 'poupee', 'livre',
  'crayon', 'stylo', 'cahier', 'gomme', 'regle', 'craie', 'tableau', 'cartable', 'trousse', 'maison', 'porte',
  'fenetre', 'toit', 'jardin', 'parc', 'ecole', 'cabane', 'chateau', 'tour', 'pont', 'route', 'chapeau',
  'bonnet', 'gant', 'echarpe', 'botte', 'chausson', 'pull', 'robe', 'veste', 'tambour', 'flute', 'piano',
  'guitare', 'violon', 'sourire', 'rire', 'chanson', 'danse', 'jeu', 'fete', 'cadeau', 'bougie', 'petit',
  'grand', 'doux', 'joli', 'rapide', 'calme', 'sage', 'gentil', 'drole', 'fort', 'malin', 'rigolo', 'matin',
  'midi', 'soir', 'hiver', 'ete', 'automne', 'comete', 'planete', 'cle', 'boite', 'panier', 'bol', 'tasse',
  'verre', 'cuillere', 'assiette', 'nid', 'plume', 'patte', 'queue', 'aile', 'bec', 'corne', 'bulle', 'perle',
  'bijou', 'ruban', 'cube', 'puzzle', 'dino', 'licorne', 'dragon', 'lutin', 'pirate', 'sirene', 'lampe',
  'savon', 'brosse', 'peigne', 'miroir', 'coussin', 'tapis', 'glace',
];
